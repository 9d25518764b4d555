import { HOURS_PER_WEEK, hourOfWeek } from "./hour-of-week";

/** One hour of a household's meters; null when the meter sent nothing for it. */
export interface HourReading {
  waterLitres: number | null;
  electricityKwh?: number | null;
}

/**
 * A household's normal life, learned from its own meters: how often it uses water or power in each hour of the week
 * (an exponentially forgetting frequency, so one odd day moves it by a bounded step and habits that change are
 * followed within weeks), and the idle level of each meter (a forgetting low quantile, so a dripping cistern or a
 * fridge is not mistaken for a person). Mutated in place by `learnHour`: a household is learned once per hour, in order.
 */
export interface HouseholdBaseline {
  bySlot: Float64Array;
  slotSeen: Uint16Array;
  byHourOfDay: Float64Array;
  hourOfDaySeen: Uint16Array;
  waterIdleLitres: number;
  electricityIdleKwh: number | null;
}

/** Use above the idle level that counts as someone doing something. */
export const WATER_USE_LITRES = 2;
export const ELECTRICITY_USE_KWH = 0.08;
/** Forgetting per observation: a slot is seen once a week (half-life ≈ 6.6 weeks), an hour of the day daily (≈ 3 weeks). */
const SLOT_RATE = 0.1;
const HOUR_OF_DAY_RATE = 0.03;
/** The idle level is the meter's 20th percentile, tracked with fixed steps (stochastic quantile estimation). */
const IDLE_QUANTILE = 0.2;
const WATER_IDLE_STEP = 0.05;
const ELECTRICITY_IDLE_STEP = 0.002;
/** An hour's expected activity never reaches certainty: one quiet hour alone must not be proof. */
export const MAX_EXPECTED_ACTIVITY = 0.9;
const MIN_EXPECTED_ACTIVITY = 0.002;

export function createHouseholdBaseline(): HouseholdBaseline {
  return {
    bySlot: new Float64Array(HOURS_PER_WEEK),
    slotSeen: new Uint16Array(HOURS_PER_WEEK),
    byHourOfDay: new Float64Array(24),
    hourOfDaySeen: new Uint16Array(24),
    waterIdleLitres: 0,
    electricityIdleKwh: null,
  };
}

/** Whether the hour shows someone at home and about: either meter above its idle level. */
export function isActive(baseline: HouseholdBaseline, reading: HourReading): boolean {
  if (reading.waterLitres != null && reading.waterLitres >= baseline.waterIdleLitres + WATER_USE_LITRES) return true;
  const idle = baseline.electricityIdleKwh ?? reading.electricityKwh;
  return reading.electricityKwh != null && idle != null && reading.electricityKwh >= idle + ELECTRICITY_USE_KWH;
}

/** The chance that this hour shows activity on a normal week: the hour of the week, leaning on the hour of the day while the slot is young. */
export function expectedActivity(baseline: HouseholdBaseline, hour: number): number {
  const slot = hourOfWeek(hour);
  const daily = hour % 24;
  const slotWeight = 0.6 * Math.min(baseline.slotSeen[slot]!, 4) / 4;
  const expected = slotWeight * baseline.bySlot[slot]! + (1 - slotWeight) * baseline.byHourOfDay[daily]!;
  return Math.min(MAX_EXPECTED_ACTIVITY, Math.max(MIN_EXPECTED_ACTIVITY, expected));
}

function nextQuantile(current: number, value: number, step: number): number {
  return Math.max(0, value > current ? current + step * IDLE_QUANTILE : value < current ? current - step * (1 - IDLE_QUANTILE) : current);
}

/** Learns one reported hour; the first observations are averaged plainly, later ones forgotten exponentially. */
export function learnHour(baseline: HouseholdBaseline, hour: number, reading: HourReading): void {
  const active = isActive(baseline, reading) ? 1 : 0;
  const slot = hourOfWeek(hour);
  const daily = hour % 24;
  baseline.slotSeen[slot] = Math.min(baseline.slotSeen[slot]! + 1, 60_000);
  baseline.bySlot[slot]! += Math.max(SLOT_RATE, 1 / baseline.slotSeen[slot]!) * (active - baseline.bySlot[slot]!);
  baseline.hourOfDaySeen[daily] = Math.min(baseline.hourOfDaySeen[daily]! + 1, 60_000);
  baseline.byHourOfDay[daily]! += Math.max(HOUR_OF_DAY_RATE, 1 / baseline.hourOfDaySeen[daily]!) * (active - baseline.byHourOfDay[daily]!);
  if (reading.waterLitres != null) baseline.waterIdleLitres = nextQuantile(baseline.waterIdleLitres, reading.waterLitres, WATER_IDLE_STEP);
  if (reading.electricityKwh != null) {
    baseline.electricityIdleKwh = nextQuantile(baseline.electricityIdleKwh ?? reading.electricityKwh, reading.electricityKwh, ELECTRICITY_IDLE_STEP);
  }
}
