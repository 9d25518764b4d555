import { cellToLatLng, polygonToCells } from "h3-js";

export interface GaugeValue {
  readonly lat: number;
  readonly lng: number;
  readonly value: number;
}

export interface RainField {
  readonly hexes: readonly string[];
  /** mm/h per hex, in the order of `hexes`. */
  readonly values: Float32Array;
}

/** Res 7 (about 5 km²): finer than the gauges' spacing shows, coarse enough for a thousand cells over the city. */
export const RAIN_FIELD_RESOLUTION = 7;
// Beyond this, a gauge says nothing about a cell; cells with no gauge that near stay clear.
const REACH_KM = 12;
const PADDING_DEG = 0.05;
const KM_PER_DEG_LAT = 110.574;

/** The hexes covering the gauges' extent, padded a little; worked out once per set of gauge places. */
export function fieldCells(gauges: readonly Pick<GaugeValue, "lat" | "lng">[]): string[] {
  if (gauges.length === 0) return [];
  const lats = gauges.map((g) => g.lat);
  const lngs = gauges.map((g) => g.lng);
  const [south, north] = [Math.min(...lats) - PADDING_DEG, Math.max(...lats) + PADDING_DEG];
  const [west, east] = [Math.min(...lngs) - PADDING_DEG, Math.max(...lngs) + PADDING_DEG];
  return polygonToCells(
    [
      [south, west],
      [north, west],
      [north, east],
      [south, east],
    ],
    RAIN_FIELD_RESOLUTION,
  );
}

/**
 * Rain per hex by inverse-distance weighting (power 2) of the gauges within reach of its centre; a
 * gauge in the cell itself dominates. Cells out of every gauge's reach get 0.
 */
export function interpolateRain(hexes: readonly string[], gauges: readonly GaugeValue[]): RainField {
  const values = new Float32Array(hexes.length);
  const kmPerDegLng = KM_PER_DEG_LAT * Math.cos((31.2 * Math.PI) / 180);
  hexes.forEach((hex, i) => {
    const [lat, lng] = cellToLatLng(hex);
    let weights = 0;
    let sum = 0;
    for (const gauge of gauges) {
      const dx = (gauge.lng - lng) * kmPerDegLng;
      const dy = (gauge.lat - lat) * KM_PER_DEG_LAT;
      const d2 = dx * dx + dy * dy;
      if (d2 > REACH_KM * REACH_KM) continue;
      const w = 1 / Math.max(d2, 0.25);
      weights += w;
      sum += w * gauge.value;
    }
    values[i] = weights > 0 ? sum / weights : 0;
  });
  return { hexes, values };
}
