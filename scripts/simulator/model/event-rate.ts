import { shanghaiHourOfDay } from "./shanghai-time";

/**
 * Relative report volume by local hour (1 = the day's peak), shaped like a city hotline's day:
 * quiet from 2 to 5, a morning peak at 9–11, a second one mid-afternoon and an evening one
 * when residents are home (noise, fumes, parking).
 */
const hourlyActivity = [
  0.2, 0.13, 0.07, 0.05, 0.05, 0.08, 0.16, 0.34, 0.62, 0.9, 1.0, 0.92, 0.7, 0.68, 0.78, 0.86, 0.82, 0.72, 0.66, 0.74,
  0.8, 0.66, 0.46, 0.3,
] as const;

/** Activity at a fractional local hour, linearly interpolated between the hourly values. */
export function activityAtHour(hour: number): number {
  const wrapped = ((hour % 24) + 24) % 24;
  const lower = Math.floor(wrapped);
  const fraction = wrapped - lower;
  const from = hourlyActivity[lower] ?? 0;
  const to = hourlyActivity[(lower + 1) % 24] ?? 0;
  return from + (to - from) * fraction;
}

export function expectedEventsPerMinute(at: Date, peakPerMinute: number): number {
  return peakPerMinute * activityAtHour(shanghaiHourOfDay(at));
}
