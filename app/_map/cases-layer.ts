import { ScatterplotLayer } from "@deck.gl/layers";
import type { CaseSummary, Priority } from "@/lib/contracts";
import { caseColor, isOverdueOpen } from "./case-color";
import { isFinished } from "./case-points";

export const casesLayerId = "cases";

const radiusPixels: Record<Priority, number> = { urgent: 6.5, high: 5, normal: 3.5, low: 3 };

const outline = { plain: [4, 10, 20, 200], overdue: [254, 202, 202, 255] } as const;

/** One dot per case: colour by stage (red when overdue, with a light rim), size by priority, finished ones faded. */
export function casesLayer(cases: readonly CaseSummary[]) {
  return new ScatterplotLayer<CaseSummary>({
    id: casesLayerId,
    data: cases,
    pickable: true,
    radiusUnits: "pixels",
    stroked: true,
    lineWidthUnits: "pixels",
    getLineWidth: (summary) => (isOverdueOpen(summary) ? 1.5 : 1),
    getPosition: (summary) => [summary.lng, summary.lat],
    getRadius: (summary) => radiusPixels[summary.priority],
    getFillColor: (summary) => [...caseColor(summary), isFinished(summary) ? 110 : 235],
    getLineColor: (summary) => (isOverdueOpen(summary) ? outline.overdue : outline.plain),
  });
}
