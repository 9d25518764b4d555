import { ScatterplotLayer } from "@deck.gl/layers";
import type { CaseSummary } from "@/lib/contracts";
import { caseFillColor, caseRadius } from "./case-points";

export const caseOutline: [number, number, number, number] = [4, 10, 20, 200];

/** A handful of cases as dots (colour by stage, size by priority, finished ones faded), e.g. one case and its duplicates. */
export function casesLayer(cases: readonly CaseSummary[]) {
  return new ScatterplotLayer<CaseSummary>({
    id: "cases",
    data: cases,
    radiusUnits: "pixels",
    stroked: true,
    lineWidthUnits: "pixels",
    getLineWidth: 1,
    getPosition: (summary) => [summary.lng, summary.lat],
    getRadius: (summary) => caseRadius(summary.priority),
    getFillColor: caseFillColor,
    getLineColor: caseOutline,
  });
}
