import type { ForecastPoint, StoredForecast } from "@/lib/contracts";
import { coneRing, distanceKm, pointLngLat, windRadiiRing, type LngLat } from "./storm-geometry";

/** Where the city is measured from: People's Square. */
export const cityCentre: LngLat = [121.4737, 31.2304];

/** What the map and the typhoon panel show of the storm at one instant. */
export interface StormView {
  name: string;
  /** The analysed positions (lead 0) of the forecasts issued so far, oldest first, and the storm now. */
  pastTrack: LngLat[];
  position: LngLat;
  maxWindMs: number;
  pressureHpa: number;
  distanceToCityKm: number;
  galeRing: LngLat[] | null;
  stormRing: LngLat[] | null;
  /** The forecast in force: its track from now on, and its cone. */
  forecastTrack: LngLat[];
  coneRing: LngLat[] | null;
  issuedAt: string;
}

/**
 * The storm at `at` (ms) from its forecasts: the forecast last issued by then, followed along its own
 * track to `at` (so a replayed night moves smoothly between issues). `at` null: as of the last issue's
 * analysis, which is what a live screen knows. Null when no forecast was issued by then.
 */
export function stormViewAt(forecasts: readonly StoredForecast[], at: number | null): StormView | null {
  const issued = at === null ? forecasts : forecasts.filter((f) => Date.parse(f.forecast.issuedAt) <= at);
  const current = issued.at(-1)?.forecast;
  if (!current) return null;
  const leadHours = at === null ? 0 : (at - Date.parse(current.issuedAt)) / 3_600_000;
  const now = pointAlong(current.points, leadHours);
  const position = pointLngLat(now);
  const radii = nearestRadii(current.points, leadHours);
  const ahead = current.points.filter((p) => p.leadHours > leadHours);
  const conePoints = [{ ...now, leadHours }, ...ahead];
  return {
    name: current.storm.name,
    pastTrack: [...issued.map((f) => pointLngLat(f.forecast.points[0]!)), position],
    position,
    maxWindMs: now.maxWindMs,
    pressureHpa: now.pressureHpa,
    distanceToCityKm: distanceKm(position, cityCentre),
    galeRing: radii ? windRadiiRing(position, radii.gale) : null,
    stormRing: radii?.storm ? windRadiiRing(position, radii.storm) : null,
    forecastTrack: conePoints.map(pointLngLat),
    coneRing: coneRing(conePoints, current.cone),
    issuedAt: current.issuedAt,
  };
}

type TrackPoint = Pick<ForecastPoint, "leadHours" | "lat" | "lon" | "maxWindMs" | "pressureHpa">;

/** The track at a lead time, linear between its points, held at its ends. */
export function pointAlong(points: readonly ForecastPoint[], leadHours: number): TrackPoint {
  const first = points[0]!;
  if (leadHours <= first.leadHours) return first;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    if (leadHours > b.leadHours) continue;
    const t = (leadHours - a.leadHours) / (b.leadHours - a.leadHours);
    const mix = (x: number, y: number) => x + (y - x) * t;
    const aLon = pointLngLat(a)[0];
    const bLon = pointLngLat(b)[0];
    return { leadHours, lat: mix(a.lat, b.lat), lon: mix(aLon, bLon), maxWindMs: mix(a.maxWindMs, b.maxWindMs), pressureHpa: mix(a.pressureHpa, b.pressureHpa) };
  }
  return points.at(-1)!;
}

/** The wind radii of the point nearest in lead time that has them. */
function nearestRadii(points: readonly ForecastPoint[], leadHours: number) {
  let best: ForecastPoint | null = null;
  for (const point of points) {
    if (!point.windRadiiKm) continue;
    if (!best || Math.abs(point.leadHours - leadHours) < Math.abs(best.leadHours - leadHours)) best = point;
  }
  return best?.windRadiiKm ?? null;
}
