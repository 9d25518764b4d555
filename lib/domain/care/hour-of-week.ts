export const HOURS_PER_WEEK = 168;

/** 0 = Monday 00:00–01:00 … 167 = Sunday 23:00, for an hour counted from 1970-01-01 00:00 (a Thursday). */
export function hourOfWeek(hour: number): number {
  return (((hour + 3 * 24) % HOURS_PER_WEEK) + HOURS_PER_WEEK) % HOURS_PER_WEEK;
}
