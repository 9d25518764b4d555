/**
 * A field measured at gauges, estimated elsewhere by inverse-distance weighting (Shepard's method, power 2)
 * over the gauges within a radius: the standard first interpolation of rain-gauge networks. A place on a gauge
 * takes its value; a place with no gauge in reach has none (null), rather than a guess from far away.
 */
import { polarOffset, type LatLon } from "@/lib/domain/typhoon/polar-offset";

/** Each gauge's share (summing to 1) in the value at `place`, by index in `gauges`; empty when none is in reach. */
export function inverseDistanceWeights(gauges: readonly LatLon[], place: LatLon, reachKm: number): { index: number; weight: number }[] {
  const weights: { index: number; weight: number }[] = [];
  for (const [index, gauge] of gauges.entries()) {
    const distanceKm = polarOffset(place, gauge).distanceKm;
    if (distanceKm > reachKm) continue;
    if (distanceKm < 0.01) return [{ index, weight: 1 }];
    weights.push({ index, weight: 1 / (distanceKm * distanceKm) });
  }
  const total = weights.reduce((sum, w) => sum + w.weight, 0);
  return weights.map((w) => ({ index: w.index, weight: w.weight / total }));
}
