import type { LatLon } from "@/lib/domain/typhoon/polar-offset";
import type { StormState } from "@/lib/domain/typhoon/storm-state-at";
import { stormWindField, surfaceWindAtPoint } from "@/lib/domain/typhoon/storm-wind-field";
import type { RainField } from "./rain-field";

/** Wind and rain over every cell of the city at one moment, in the cells' order. */
export interface HazardFrame {
  timeMs: number;
  windMs: Float64Array;
  rainMmH: Float64Array;
}

export function hazardFrame(state: StormState | null, timeMs: number, cells: readonly { lat: number; lng: number }[], rain: RainField): HazardFrame {
  const windMs = new Float64Array(cells.length);
  const rainMmH = new Float64Array(cells.length);
  const field = state && stormWindField(state);
  cells.forEach((cell, i) => {
    const point: LatLon = { lat: cell.lat, lon: cell.lng };
    windMs[i] = field ? surfaceWindAtPoint(field, point).speedMs : 0;
    rainMmH[i] = rain.rateMmH(state, point);
  });
  return { timeMs, windMs, rainMmH };
}
