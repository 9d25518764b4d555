/**
 * Radius of maximum wind from the central pressure deficit and latitude, Vickery & Wadhera (2008),
 * their fit to all Atlantic hurricanes (flight-level and H*Wind data):
 *
 *   ln Rmax[km] = 3.015 − 6.291·10⁻⁵·Δp[hPa]² + 0.0337·|latitude[°]|     (σ of ln Rmax ≈ 0.45)
 *
 * Deeper storms have tighter eyes; storms widen as they move poleward. The scatter is large (a factor of
 * ~1.6 either way), and the fit is Atlantic: western-Pacific typhoons tend to be larger.
 * Vickery, P. J. & Wadhera, D. (2008): Statistical models of Holland pressure profile parameter and radius
 * to maximum winds of hurricanes from flight-level pressure and H*Wind data. Journal of Applied
 * Meteorology and Climatology 47(10), 2497–2517, doi:10.1175/2008JAMC1837.1
 */
export function vickeryWadheraRadiusOfMaxWindKm(deltaPressureHpa: number, latDeg: number): number {
  return Math.exp(3.015 - 6.291e-5 * deltaPressureHpa ** 2 + 0.0337 * Math.abs(latDeg));
}
