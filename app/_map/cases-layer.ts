import { ScatterplotLayer } from "@deck.gl/layers";
import type { CaseSummary, Placed } from "@/lib/contracts";
import { isOverdueOpen } from "./case-color";
import { caseFillColor, caseRadius } from "./case-points";

export const caseOutline: [number, number, number, number] = [4, 10, 20, 200];
/** A light rim makes a red overdue dot stand out from the red-brown of the heatmap under it. */
export const overdueOutline: [number, number, number, number] = [254, 202, 202, 255];
export const overdueOutlineWidth = 1.5;

/** A handful of cases as dots (colour by stage, red when overdue, size by priority, finished ones faded), e.g. one case and its duplicates. */
export function casesLayer(cases: readonly (CaseSummary & Placed)[]) {
  return new ScatterplotLayer<CaseSummary & Placed>({
    id: "cases",
    data: cases,
    radiusUnits: "pixels",
    stroked: true,
    lineWidthUnits: "pixels",
    getLineWidth: (summary) => (isOverdueOpen(summary) ? overdueOutlineWidth : 1),
    getPosition: (summary) => [summary.lng, summary.lat],
    getRadius: (summary) => caseRadius(summary.priority),
    getFillColor: caseFillColor,
    getLineColor: (summary) => (isOverdueOpen(summary) ? overdueOutline : caseOutline),
  });
}
