/**
 * The 10-minute mean surface wind of a storm at any point: a Holland (1980) vortex at gradient level,
 * brought down to the surface, turned inward across the isobars, plus part of the storm's motion.
 *
 * - Rmax from Vickery & Wadhera (2008). B from the observed maximum wind: the track's 10-minute surface
 *   wind, less the motion added below, over the surface factor, is the gradient-level Vmax, and B is
 *   chosen so that the gradient wind at Rmax is Vmax (see hollandBFromMaxWind). Where the track gives no wind (weak stages), B = 1, the flattest profile Holland
 *   allows: a 1002 hPa depression then peaks near 13 m/s at the surface, below gale, as it should.
 * - Surface factor 0.8: gradient → 10-m wind over the sea (Franklin, Black & Valde 2003 find ~0.9 in the
 *   eyewall for 1-minute winds, less outside it; × 0.93 for 10-minute means).
 * - Inflow angle (Sobey, Harper & Stark 1977): 10° inside Rmax, rising linearly to 25° at 1.2·Rmax.
 * - Motion: 0.55 of the translation vector, turned 20° to the left of the motion in the northern
 *   hemisphere (Lin & Chavas 2012), fading outside the core as Rmax/r (the "absorbing factor" of Mouton &
 *   Nordbeck 2005, as in CLIMADA) so that it does not blow forever far from the storm. This makes the
 *   right of the motion (northern hemisphere) the stronger side.
 */
import { coriolisPerS, hollandBFromMaxWind, cyclostrophicMaxWindMs, hollandGradientWindMs, HOLLAND_AIR_DENSITY_KG_M3, HOLLAND_B_MIN, type HollandVortex } from "./holland-profile";
import { polarOffset, type LatLon, type PolarOffset } from "./polar-offset";
import { vickeryWadheraRadiusOfMaxWindKm } from "./radius-of-max-wind";
import type { StormState } from "./storm-state-at";

export interface WindFieldOptions {
  /** Pressure far from the storm; ~1010 hPa in the western North Pacific summer. */
  ambientPressureHpa: number;
  airDensityKgM3: number;
  gradientToSurfaceFactor: number;
  translationFactor: number;
  translationTurnDeg: number;
}

export const DEFAULT_WIND_FIELD_OPTIONS: WindFieldOptions = {
  ambientPressureHpa: 1010,
  airDensityKgM3: HOLLAND_AIR_DENSITY_KG_M3,
  gradientToSurfaceFactor: 0.8,
  translationFactor: 0.55,
  translationTurnDeg: 20,
};

export interface StormWindField {
  centre: LatLon;
  vortex: HollandVortex;
  gradientToSurfaceFactor: number;
  /** +1 north of the equator (counter-clockwise winds), −1 south. */
  hemisphere: 1 | -1;
  /** The motion part of the wind at r ≤ Rmax, already scaled and turned, m/s. */
  motionEastMs: number;
  motionNorthMs: number;
  /** The track's max wind, or the modelled one where the track gives none, m/s (10-minute). */
  maxSurfaceWindMs: number;
}

export interface SurfaceWind {
  speedMs: number;
  /** Where the wind comes from, degrees clockwise from north (meteorological convention). */
  fromDeg: number;
  eastMs: number;
  northMs: number;
}

const RAD = Math.PI / 180;

export function stormWindField(state: StormState, options: WindFieldOptions = DEFAULT_WIND_FIELD_OPTIONS): StormWindField {
  const deltaPressureHpa = Math.max(0, options.ambientPressureHpa - state.pressureHpa);
  const deltaPressurePa = deltaPressureHpa * 100;
  const hemisphere = state.lat < 0 ? -1 : 1;
  // A storm with no pressure deficit left has no vortex to carry its motion into the wind.
  const motionMs = deltaPressurePa > 0 ? (state.forwardSpeedKmh / 3.6) * options.translationFactor : 0;
  const motionBearing = (state.headingDeg - hemisphere * options.translationTurnDeg) * RAD;
  const radiusOfMaxWindKm = vickeryWadheraRadiusOfMaxWindKm(deltaPressureHpa, state.lat);
  const coriolis = coriolisPerS(state.lat);
  const hollandB =
    state.maxWindMs === null
      ? HOLLAND_B_MIN
      : hollandBFromMaxWind(
          Math.max(0, state.maxWindMs - motionMs) / options.gradientToSurfaceFactor,
          deltaPressurePa,
          options.airDensityKgM3,
          radiusOfMaxWindKm * 1000 * Math.abs(coriolis),
        );
  const vortex: HollandVortex = { deltaPressurePa, radiusOfMaxWindKm, hollandB, coriolisPerS: coriolis, airDensityKgM3: options.airDensityKgM3 };
  return {
    centre: { lat: state.lat, lon: state.lon },
    vortex,
    gradientToSurfaceFactor: options.gradientToSurfaceFactor,
    hemisphere,
    motionEastMs: motionMs * Math.sin(motionBearing),
    motionNorthMs: motionMs * Math.cos(motionBearing),
    maxSurfaceWindMs: state.maxWindMs ?? options.gradientToSurfaceFactor * cyclostrophicMaxWindMs(hollandB, deltaPressurePa, options.airDensityKgM3) + motionMs,
  };
}

export function surfaceWindAtPoint(field: StormWindField, point: LatLon): SurfaceWind {
  return surfaceWindAt(field, polarOffset(field.centre, point));
}

export function surfaceWindAt(field: StormWindField, { distanceKm, bearingDeg }: PolarOffset): SurfaceWind {
  const rmaxKm = field.vortex.radiusOfMaxWindKm;
  const vortexMs = field.gradientToSurfaceFactor * hollandGradientWindMs(field.vortex, distanceKm);
  // Counter-clockwise (north) or clockwise (south) around the centre, turned inward by the inflow angle.
  const flowBearing = (bearingDeg - field.hemisphere * (90 + inflowAngleDeg(distanceKm, rmaxKm))) * RAD;
  const motionShare = distanceKm <= rmaxKm ? 1 : rmaxKm / distanceKm;
  const eastMs = vortexMs * Math.sin(flowBearing) + motionShare * field.motionEastMs;
  const northMs = vortexMs * Math.cos(flowBearing) + motionShare * field.motionNorthMs;
  const speedMs = Math.hypot(eastMs, northMs);
  return { speedMs, fromDeg: speedMs > 0 ? (Math.atan2(-eastMs, -northMs) / RAD + 360) % 360 : 0, eastMs, northMs };
}

/** Sobey, Harper & Stark (1977), as used in the WMO guidelines (Harper, Kepert & Ginger 2010). */
export function inflowAngleDeg(distanceKm: number, radiusOfMaxWindKm: number): number {
  const relative = distanceKm / radiusOfMaxWindKm;
  if (relative < 1) return 10;
  if (relative < 1.2) return 10 + 75 * (relative - 1);
  return 25;
}
