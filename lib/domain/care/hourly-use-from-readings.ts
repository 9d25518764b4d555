/** One reading of a cumulative water meter: when (ms, the meter's local clock read as UTC) and the litres since the previous one. */
export interface MeterReading {
  at: number;
  litres: number;
}

/** Hourly use of one household: `litres[i]` is the use in hour `firstHour + i` (hours since 1970), null when the meter sent nothing. */
export interface HourlyUse {
  firstHour: number;
  litres: (number | null)[];
}

const HOUR_MS = 3_600_000;
/** About 33 litres a minute for a whole hour: more than a household tap delivers; beyond it a reading is a meter glitch. */
export const MAX_LITRES_PER_HOUR = 2_000;
/** Readings this close are one hourly report; a longer interval is a gap whose use is booked where it was reported. */
const SPREAD_LIMIT_MS = 2 * HOUR_MS;

export interface HourlyUseResult {
  use: HourlyUse;
  droppedReadings: number;
}

/**
 * Books each reading's use into the hour of its interval's midpoint (the hour of the reading itself after a gap),
 * whole days from the first reading's midnight to the last one's. Negative or impossible differences (meter
 * resets, two meters reporting under one key) are dropped and counted.
 */
export function hourlyUseFromReadings(readings: readonly MeterReading[]): HourlyUseResult {
  if (readings.length === 0) throw new Error("no readings");
  const sorted = [...readings].sort((a, b) => a.at - b.at);
  const firstHour = Math.floor(sorted[0]!.at / HOUR_MS / 24) * 24;
  const lastHour = Math.floor(sorted[sorted.length - 1]!.at / HOUR_MS / 24) * 24 + 23;
  const litres: (number | null)[] = new Array<number | null>(lastHour - firstHour + 1).fill(null);
  let droppedReadings = 0;
  let previousAt: number | null = null;
  for (const reading of sorted) {
    const interval: number = previousAt === null ? 0 : reading.at - previousAt;
    const bookedAt: number = interval > 0 && interval <= SPREAD_LIMIT_MS ? reading.at - interval / 2 : reading.at;
    const own = Math.floor(reading.at / HOUR_MS) - firstHour;
    const booked = Math.floor(bookedAt / HOUR_MS) - firstHour;
    litres[own] ??= 0;
    litres[booked] ??= 0;
    const limit = MAX_LITRES_PER_HOUR * Math.max(1, interval / HOUR_MS);
    if (reading.litres < 0 || reading.litres > limit) droppedReadings += 1;
    else litres[booked] = (litres[booked] ?? 0) + reading.litres;
    previousAt = reading.at;
  }
  return { use: { firstHour, litres }, droppedReadings };
}
