import type { PickingInfo } from "@deck.gl/core";
import { ScatterplotLayer } from "@deck.gl/layers";
import type { CasePointBand } from "./case-point-bands";
import { caseRadius, isOverdueRank } from "./case-points";
import { caseOutline, overdueOutline, overdueOutlineWidth } from "./cases-layer";

const layerIdPrefix = "cases-rank-";

/**
 * Every case as a dot, one layer per draw rank (later ranks on top), fed the bands' columns directly.
 * A band that did not change is the same object, so deck.gl leaves its buffers alone.
 */
export function caseBandLayers(bands: readonly CasePointBand[]) {
  return bands.map(
    (band) =>
      new ScatterplotLayer({
        id: `${layerIdPrefix}${band.rank}`,
        data: band.data,
        pickable: true,
        radiusUnits: "pixels",
        stroked: true,
        lineWidthUnits: "pixels",
        getLineWidth: isOverdueRank(band.rank) ? overdueOutlineWidth : 1,
        getRadius: caseRadius(band.priority),
        getLineColor: isOverdueRank(band.rank) ? overdueOutline : caseOutline,
      }),
  );
}

/** The id of the case whose dot was picked, if a case dot was. */
export function pickedCaseId(bands: readonly CasePointBand[], info: PickingInfo): string | undefined {
  const layerId = info.layer?.id;
  if (!layerId?.startsWith(layerIdPrefix)) return undefined;
  const band = bands.find((candidate) => `${layerIdPrefix}${candidate.rank}` === layerId);
  return info.index >= 0 ? band?.ids[info.index] : undefined;
}
