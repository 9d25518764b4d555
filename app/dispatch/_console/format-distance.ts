/** 850 m, 1.4 km: metres up to a kilometre, then kilometres to one decimal. */
export function formatDistance(meters: number): string {
  return meters < 1000 ? `${meters} m` : `${(meters / 1000).toFixed(1)} km`;
}
