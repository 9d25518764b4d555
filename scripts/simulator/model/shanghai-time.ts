/** Shanghai is UTC+8 all year (China has no daylight saving time). */
const SHANGHAI_UTC_OFFSET_HOURS = 8;

/** Local time of day in Shanghai, in fractional hours [0, 24). */
export function shanghaiHourOfDay(at: Date): number {
  const hours = at.getTime() / 3_600_000 + SHANGHAI_UTC_OFFSET_HOURS;
  return ((hours % 24) + 24) % 24;
}
