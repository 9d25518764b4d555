import type { PickingInfo } from "@deck.gl/core";
import { ScatterplotLayer } from "@deck.gl/layers";
import type { CaseDotsData } from "./case-dots";
import type { CaseDotsLayerData } from "./case-dots-upload";

const layerId = "case-dots";

/**
 * A publish with the same buffer and as many rows needs no attribute work from deck.gl (the changed
 * rows are already on the GPU), only a redraw; anything else is a full update.
 */
function sameRows(next: CaseDotsLayerData, previous?: CaseDotsLayerData): [] | undefined {
  return previous && next.attributes === previous.attributes && next.length === previous.length ? [] : undefined;
}

/**
 * Every case as a dot (colour by stage, red when overdue and open, size by priority, overdue ones
 * rimmed), in one layer and one draw call, straight from the rows kept on the GPU.
 */
export function caseDotsLayer(data: CaseDotsLayerData) {
  return new ScatterplotLayer({
    id: layerId,
    data,
    pickable: true,
    radiusUnits: "pixels",
    stroked: true,
    lineWidthUnits: "pixels",
    _dataDiff: sameRows as (next: unknown, previous?: unknown) => [],
  });
}

/** The id of the case whose dot was picked, if a case dot was. */
export function pickedCaseId(data: CaseDotsData, info: PickingInfo): string | undefined {
  return info.layer?.id === layerId && info.index >= 0 ? data.dots.idAt(info.index) : undefined;
}
