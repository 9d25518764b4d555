/**
 * R-CLIPER, the rainfall climatology and persistence model of the US National Hurricane Center: an
 * axisymmetric rain rate that depends only on the distance r from the centre and the maximum wind.
 *
 *   R(r) = T0 + (Tm − T0)·r/rm            for r < rm
 *   R(r) = Tm·exp(−(r − rm)/re)           for r ≥ rm
 *   T0 = a1 + b1·U,  Tm = a2 + b2·U,  rm = a3 + b3·U,  re = a4 + b4·U,  U = 1 + (Vmax[kt] − 35)/33
 *
 * Coefficients: the bias-adjusted NHC set, Tuleya, DeMaria & Kuligowski (2007), Table 2 (T in inches per
 * day, r in km), fitted by Lonfat, Marks & Chen (2004) / Marks & DeMaria (2003) to TRMM rain rates of
 * Atlantic storms; Vmax is NHC's 1-minute wind.
 * Tuleya, R. E., DeMaria, M. & Kuligowski, R. J. (2007): Evaluation of GFDL and simple statistical model
 * rainfall forecasts for U.S. landfalling tropical storms. Weather and Forecasting 22(1), 56–70,
 * doi:10.1175/WAF972.1
 *
 * What it leaves out — shear and motion asymmetry, landfall, orography, fronts, a monsoon feed — is what
 * makes the floods: `enhancementFactor` (default 1) scales the whole field for a replay calibrated to
 * observed totals; docs/typhoon-models.md shows how far R-CLIPER alone falls short for In-Fa (2021).
 */
import { polarOffset, type LatLon } from "./polar-offset";
import { msToKnots, oneMinuteFromTenMinuteWindMs } from "./wind-units";

export const RCLIPER_COEFFICIENTS = {
  a1InPerDay: -1.1,
  b1InPerDay: 3.96,
  a2InPerDay: -1.6,
  b2InPerDay: 4.8,
  a3Km: 64.5,
  b3Km: -13,
  a4Km: 150,
  b4Km: -16,
} as const;

const MM_PER_HOUR_PER_INCH_PER_DAY = 25.4 / 24;

export interface RcliperProfile {
  centreMmH: number;
  peakMmH: number;
  peakRadiusKm: number;
  decayRadiusKm: number;
}

export function rcliperProfile(maxWindOneMinuteKt: number): RcliperProfile {
  const c = RCLIPER_COEFFICIENTS;
  const u = 1 + (maxWindOneMinuteKt - 35) / 33;
  return {
    centreMmH: (c.a1InPerDay + c.b1InPerDay * u) * MM_PER_HOUR_PER_INCH_PER_DAY,
    peakMmH: (c.a2InPerDay + c.b2InPerDay * u) * MM_PER_HOUR_PER_INCH_PER_DAY,
    peakRadiusKm: c.a3Km + c.b3Km * u,
    decayRadiusKm: c.a4Km + c.b4Km * u,
  };
}

/** Never negative: for a very weak storm (below ~10 kt) the fit's intercepts would go below zero. */
export function rcliperRainRateMmH(maxWindOneMinuteKt: number, distanceKm: number, enhancementFactor = 1): number {
  const p = rcliperProfile(maxWindOneMinuteKt);
  const rate =
    distanceKm < p.peakRadiusKm
      ? p.centreMmH + ((p.peakMmH - p.centreMmH) * distanceKm) / p.peakRadiusKm
      : p.peakMmH * Math.exp(-(distanceKm - p.peakRadiusKm) / p.decayRadiusKm);
  return Math.max(0, rate) * enhancementFactor;
}

/** The rain rate at a point of the map, for a storm given by its centre and 10-minute maximum wind (JMA's). */
export function stormRainRateMmH(storm: { centre: LatLon; maxSurfaceWindMs: number }, point: LatLon, enhancementFactor = 1): number {
  const maxWindOneMinuteKt = msToKnots(oneMinuteFromTenMinuteWindMs(storm.maxSurfaceWindMs));
  return rcliperRainRateMmH(maxWindOneMinuteKt, polarOffset(storm.centre, point).distanceKm, enhancementFactor);
}
