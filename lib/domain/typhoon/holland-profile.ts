/**
 * Holland (1980) parametric vortex: the gradient-level wind at distance r of a storm's centre from its
 * central pressure deficit Δp, radius of maximum wind Rmax and shape parameter B.
 *
 *   p(r) = pc + Δp·exp(−(Rmax/r)^B)
 *   Vg(r) = √( (B/ρ)·(Rmax/r)^B·Δp·exp(−(Rmax/r)^B) + (r·f/2)² ) − r·f/2
 *
 * Without the Coriolis terms (f = 0) the profile peaks exactly at Rmax with Vmax = √(B·Δp/(ρ·e)), so
 * B = ρ·e·Vmax²/Δp; Holland keeps B within 1–2.5.
 * Holland, G. J. (1980): An analytic model of the wind and pressure profiles in hurricanes.
 * Monthly Weather Review 108(8), 1212–1218, doi:10.1175/1520-0493(1980)108<1212:AAMOTW>2.0.CO;2
 */

export interface HollandVortex {
  deltaPressurePa: number;
  radiusOfMaxWindKm: number;
  hollandB: number;
  /** Coriolis parameter f at the storm's latitude, 1/s (its sign does not matter here). */
  coriolisPerS: number;
  airDensityKgM3: number;
}

/** Holland's value for the boundary-layer air of a hurricane. */
export const HOLLAND_AIR_DENSITY_KG_M3 = 1.15;
export const HOLLAND_B_MIN = 1;
export const HOLLAND_B_MAX = 2.5;

const EARTH_ROTATION_RAD_PER_S = 7.2921e-5;

export function coriolisPerS(latDeg: number): number {
  return 2 * EARTH_ROTATION_RAD_PER_S * Math.sin((latDeg * Math.PI) / 180);
}

export function hollandGradientWindMs(vortex: HollandVortex, distanceKm: number): number {
  if (vortex.deltaPressurePa <= 0 || distanceKm <= 0) return 0;
  const rM = distanceKm * 1000;
  const scaled = (vortex.radiusOfMaxWindKm / distanceKm) ** vortex.hollandB;
  const halfCoriolis = (rM * Math.abs(vortex.coriolisPerS)) / 2;
  const pressureTerm = (vortex.hollandB / vortex.airDensityKgM3) * scaled * vortex.deltaPressurePa * Math.exp(-scaled);
  return Math.sqrt(pressureTerm + halfCoriolis ** 2) - halfCoriolis;
}

export function hollandPressureHpa(centralPressureHpa: number, vortex: HollandVortex, distanceKm: number): number {
  if (distanceKm <= 0) return centralPressureHpa;
  const scaled = (vortex.radiusOfMaxWindKm / distanceKm) ** vortex.hollandB;
  return centralPressureHpa + (vortex.deltaPressurePa / 100) * Math.exp(-scaled);
}

/**
 * B from the maximum gradient wind, clamped to Holland's range. With `rmaxTimesCoriolisMs` = Rmax·|f|,
 * B = ρ·e·(Vmax² + Vmax·Rmax·f)/Δp makes the gradient wind at Rmax exactly Vmax despite the Coriolis
 * terms (solve Vg(Rmax) = Vmax for B); without it, the cyclostrophic B = ρ·e·Vmax²/Δp.
 */
export function hollandBFromMaxWind(maxGradientWindMs: number, deltaPressurePa: number, airDensityKgM3: number, rmaxTimesCoriolisMs = 0): number {
  if (deltaPressurePa <= 0) return HOLLAND_B_MIN;
  const b = (airDensityKgM3 * Math.E * (maxGradientWindMs ** 2 + maxGradientWindMs * rmaxTimesCoriolisMs)) / deltaPressurePa;
  return Math.min(HOLLAND_B_MAX, Math.max(HOLLAND_B_MIN, b));
}

export function cyclostrophicMaxWindMs(hollandB: number, deltaPressurePa: number, airDensityKgM3: number): number {
  return Math.sqrt((hollandB * Math.max(0, deltaPressurePa)) / (airDensityKgM3 * Math.E));
}
