/**
 * A field measured at gauges, estimated elsewhere by inverse-distance weighting (Shepard's method, power 2)
 * over the gauges within a radius: the standard first interpolation of rain-gauge networks. A place on a gauge
 * takes its value; a place with no gauge in reach has none (null), rather than a guess from far away.
 */
import { polarOffset, type LatLon } from "@/lib/domain/typhoon/polar-offset";

export interface GaugeValue extends LatLon {
  value: number;
}

export function inverseDistanceValue(gauges: readonly GaugeValue[], place: LatLon, reachKm: number): number | null {
  let weighted = 0;
  let weights = 0;
  for (const gauge of gauges) {
    const distanceKm = polarOffset(place, gauge).distanceKm;
    if (distanceKm > reachKm) continue;
    if (distanceKm < 0.01) return gauge.value;
    const weight = 1 / (distanceKm * distanceKm);
    weighted += weight * gauge.value;
    weights += weight;
  }
  return weights === 0 ? null : weighted / weights;
}
