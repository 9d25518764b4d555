import { ScatterplotLayer } from "@deck.gl/layers";
import type { CaseSummary, Priority } from "@/lib/contracts";
import { isFinished } from "./case-points";
import { stageColors } from "./stage-colors";

export const casesLayerId = "cases";

const radiusPixels: Record<Priority, number> = { urgent: 6.5, high: 5, normal: 3.5, low: 3 };

/** One dot per case: colour by stage, size by priority, finished ones faded. */
export function casesLayer(cases: readonly CaseSummary[]) {
  return new ScatterplotLayer<CaseSummary>({
    id: casesLayerId,
    data: cases,
    pickable: true,
    radiusUnits: "pixels",
    stroked: true,
    lineWidthUnits: "pixels",
    getLineWidth: 1,
    getPosition: (summary) => [summary.lng, summary.lat],
    getRadius: (summary) => radiusPixels[summary.priority],
    getFillColor: (summary) => [...stageColors[summary.stage], isFinished(summary) ? 110 : 235],
    getLineColor: [4, 10, 20, 200],
  });
}
