import { ScatterplotLayer } from "@deck.gl/layers";
import type { CaseSummary, Placed } from "@/lib/contracts";

/** A white ring with a soft halo around the case the operator picked. */
export function selectedCaseLayer(selected: readonly (CaseSummary & Placed)[]) {
  return new ScatterplotLayer<CaseSummary & Placed>({
    id: "selected-case",
    data: selected,
    radiusUnits: "pixels",
    lineWidthUnits: "pixels",
    stroked: true,
    filled: true,
    getPosition: (summary) => [summary.lng, summary.lat],
    getRadius: 14,
    getLineWidth: 2.5,
    getFillColor: [255, 255, 255, 40],
    getLineColor: [255, 255, 255, 255],
  });
}
