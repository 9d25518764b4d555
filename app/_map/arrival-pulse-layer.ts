import { ScatterplotLayer } from "@deck.gl/layers";
import type { CaseSummary, Placed } from "@/lib/contracts";
import { caseColor } from "./case-color";

/**
 * Rings that widen and fade around newly arrived cases. `phase` (0→1) only moves uniforms
 * (radiusScale, opacity), so animating it never recomputes the layer's attributes.
 */
export function arrivalPulseLayer(arrivals: readonly (CaseSummary & Placed)[], phase: number) {
  return new ScatterplotLayer<CaseSummary & Placed>({
    id: "arrival-pulse",
    data: arrivals,
    radiusUnits: "pixels",
    lineWidthUnits: "pixels",
    stroked: true,
    filled: false,
    getPosition: (summary) => [summary.lng, summary.lat],
    getRadius: 6,
    getLineWidth: 2,
    getLineColor: (summary) => [...caseColor(summary), 255],
    radiusScale: 1 + phase * 2.5,
    opacity: 1 - phase,
  });
}
