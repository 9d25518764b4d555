/**
 * An official-style forecast as a weather service issues it every six hours: the storm's analysed
 * position (lead 0) and its positions 12 … 72 hours on, which here are the best track's later positions
 * moved by a track error that grows with lead time, and the cone of uncertainty around them.
 *
 * Track error: a two-dimensional Gaussian random walk along the leads, so a forecast that is wrong at
 * 24 h tends to stay wrong the same way at 48 h. Its mean size follows the typical official errors for
 * the western North Pacific around 2020 (CMA, JMA: ~20 km at analysis, ~65–75 km at 24 h, ~120–140 km
 * at 48 h, ~180–220 km at 72 h): mean error e(L) = 20 + 50·(L/24)^1.1 km. Intensity error: pressure off
 * by N(0, (1.5 + 2.5·L/24) hPa). The cone's radius at each lead is the radius holding two thirds of the
 * errors (as JMA's probability circles and NHC's cone do): for a circular Gaussian error of mean size
 * e, r = e·√(−2·ln(1/3))/√(π/2) ≈ 1.18·e.
 * Wind radii come from the wind model (lib/domain/typhoon) at the forecast position and pressure.
 */
import type { Forecast, ForecastPoint } from "@/lib/contracts/forecast";
import type { Storm } from "@/lib/domain/typhoon/best-track";
import { stormStateAt, type StormState } from "@/lib/domain/typhoon/storm-state-at";
import { stormWindField } from "@/lib/domain/typhoon/storm-wind-field";
import { GALE_WIND_MS, STORM_WIND_MS, windRadiiKm, type QuadrantRadiiKm } from "@/lib/domain/typhoon/wind-radii";
import { createSeededRandom } from "@/scripts/simulator/model/seeded-random";

export const FORECAST_LEADS_HOURS = [0, 12, 24, 36, 48, 72] as const;
export const FORECAST_EVERY_HOURS = 6;
const HOUR_MS = 3_600_000;
const KM_PER_DEGREE = 111.2;
const RAYLEIGH_MEAN_PER_SIGMA = Math.sqrt(Math.PI / 2);
const TWO_THIRDS_RADIUS_PER_SIGMA = Math.sqrt(-2 * Math.log(1 / 3));

/** Mean track error at a lead time, km. */
export function meanTrackErrorKm(leadHours: number): number {
  return 20 + 50 * (leadHours / 24) ** 1.1;
}

/** Radius of the cone of uncertainty at a lead time, km: two thirds of tracks fall inside. */
export function coneRadiusKm(leadHours: number): number {
  return (meanTrackErrorKm(leadHours) / RAYLEIGH_MEAN_PER_SIGMA) * TWO_THIRDS_RADIUS_PER_SIGMA;
}

export interface ForecastIssue {
  storm: Storm;
  stormId: string;
  stormName: string;
  source: string;
  issuedAtMs: number;
  seed: string;
  /** The instant a storm time is written as (the replay's clock). */
  instant: (stormTimeMs: number) => string;
}

/** The forecast positions (best track plus the track error) with their lead times; empty when the storm does not exist at the issue time. */
export function forecastTrack(issue: Pick<ForecastIssue, "storm" | "stormId" | "issuedAtMs" | "seed">): { leadHours: number; state: StormState }[] {
  if (!stormStateAt(issue.storm, issue.issuedAtMs)) return [];
  const random = createSeededRandom(`${issue.seed}:forecast:${issue.stormId}:${issue.issuedAtMs}`);
  let east = 0;
  let north = 0;
  let varianceSoFar = 0;
  const track: { leadHours: number; state: StormState }[] = [];
  for (const leadHours of FORECAST_LEADS_HOURS) {
    const truth = stormStateAt(issue.storm, issue.issuedAtMs + leadHours * HOUR_MS);
    // Draw every lead's error even past the track, so the draws of one lead do not depend on the track's length.
    const sigma = meanTrackErrorKm(leadHours) / RAYLEIGH_MEAN_PER_SIGMA;
    const step = Math.sqrt(Math.max(0, sigma ** 2 - varianceSoFar));
    varianceSoFar = sigma ** 2;
    east += step * random.gaussian();
    north += step * random.gaussian();
    const pressureErrorHpa = (1.5 + (2.5 * leadHours) / 24) * random.gaussian();
    if (!truth) continue;
    track.push({
      leadHours,
      state: {
        ...truth,
        lat: truth.lat + north / KM_PER_DEGREE,
        lon: truth.lon + east / (KM_PER_DEGREE * Math.cos((truth.lat * Math.PI) / 180)),
        pressureHpa: Math.min(1_010, truth.pressureHpa + pressureErrorHpa),
      },
    });
  }
  return track;
}

/** Null when the storm does not exist at the issue time. Leads past the track's end are left out. */
export function officialForecast(issue: ForecastIssue): Forecast | null {
  const track = forecastTrack(issue);
  if (track.length === 0) return null;
  const points = track.map(({ leadHours, state }) => forecastPoint(state, leadHours, issue.instant(issue.issuedAtMs + leadHours * HOUR_MS)));
  return {
    source: issue.source,
    storm: { id: issue.stormId, name: issue.stormName },
    issuedAt: issue.instant(issue.issuedAtMs),
    points,
    cone: points.map(({ leadHours }) => ({ leadHours, radiusKm: round1(coneRadiusKm(leadHours)) })),
  };
}

function forecastPoint(state: StormState, leadHours: number, validAt: string): ForecastPoint {
  const field = stormWindField(state);
  const gale = windRadiiKm(field, GALE_WIND_MS);
  const storm = windRadiiKm(field, STORM_WIND_MS);
  const reaches = (radii: QuadrantRadiiKm) => Object.values(radii).some((r) => r > 0);
  return {
    leadHours,
    validAt,
    lat: round3(state.lat),
    lon: round3(state.lon),
    pressureHpa: round1(state.pressureHpa),
    maxWindMs: round1(field.maxSurfaceWindMs),
    ...(reaches(gale) && { windRadiiKm: { gale: roundRadii(gale), ...(reaches(storm) && { storm: roundRadii(storm) }) } }),
  };
}

function roundRadii(radii: QuadrantRadiiKm): QuadrantRadiiKm {
  return { northEast: round1(radii.northEast), southEast: round1(radii.southEast), southWest: round1(radii.southWest), northWest: round1(radii.northWest) };
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const round3 = (x: number) => Math.round(x * 1000) / 1000;
