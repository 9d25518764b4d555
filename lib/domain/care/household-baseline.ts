import { HOURS_PER_WEEK, hourOfWeek } from "./hour-of-week";

/** One hour of a household's meters; null when the meter sent nothing for it. */
export interface HourReading {
  waterLitres: number | null;
  electricityKwh?: number | null;
}

/**
 * A household's normal life by hour of the week, learned from its own meters: how often it uses water or switches
 * power in each hour (an exponentially forgetting frequency, so one odd day moves it by a bounded step and habits that
 * change are followed within weeks) — what a case tells the grid worker ("usually 3 uses by now") — and what an active
 * hour is: water above the meter's idle level (a forgetting low quantile, so a dripping cistern is not a person), or
 * electricity that changed since the hour before (someone switched something; a fridge, or a lamp left burning by
 * someone who can no longer switch it off, keeps a level). Plain arrays, stored as JSON; mutated in place by
 * `learnHour`, once per hour, in order.
 */
export interface HouseholdBaseline {
  bySlot: number[];
  slotSeen: number[];
  byHourOfDay: number[];
  hourOfDaySeen: number[];
  waterIdleLitres: number;
  /** The electricity meter's idle level (standby and a fridge): its forgetting 20th percentile, null before a reading. */
  electricityIdleKwh: number | null;
  lastElectricityKwh: number | null;
}

/** Use above the idle level that counts as someone doing something. */
export const WATER_USE_LITRES = 2;
/** A change of electricity from one hour to the next that someone made: an 80 W appliance switched for an hour. */
export const ELECTRICITY_SWITCH_KWH = 0.08;
/** Forgetting per observation: a slot is seen once a week (half-life ≈ 6.6 weeks), an hour of the day daily (≈ 3 weeks). */
const SLOT_RATE = 0.1;
const HOUR_OF_DAY_RATE = 0.03;
/** The idle level is the meter's 20th percentile, tracked with fixed steps (stochastic quantile estimation). */
const IDLE_QUANTILE = 0.2;
const WATER_IDLE_STEP = 0.05;
const ELECTRICITY_IDLE_STEP = 0.002;
/** A load this far above the idle level is something left on: a 50 W lamp for the hour. */
export const RAISED_LOAD_KWH = 0.05;

export function createHouseholdBaseline(): HouseholdBaseline {
  return {
    bySlot: new Array<number>(HOURS_PER_WEEK).fill(0),
    slotSeen: new Array<number>(HOURS_PER_WEEK).fill(0),
    byHourOfDay: new Array<number>(24).fill(0),
    hourOfDaySeen: new Array<number>(24).fill(0),
    waterIdleLitres: 0,
    electricityIdleKwh: null,
    lastElectricityKwh: null,
  };
}

/** Whether the hour shows someone at home and about: water above its idle level, or electricity switched. */
export function isActive(baseline: HouseholdBaseline, reading: HourReading): boolean {
  if (reading.waterLitres != null && reading.waterLitres >= baseline.waterIdleLitres + WATER_USE_LITRES) return true;
  const previous = baseline.lastElectricityKwh;
  return reading.electricityKwh != null && previous != null && Math.abs(reading.electricityKwh - previous) >= ELECTRICITY_SWITCH_KWH;
}

/** Whether electricity stands above the household's idle level: something is on (a lamp, a television). */
export function isRaisedLoad(baseline: HouseholdBaseline, electricityKwh: number | null | undefined): boolean {
  return electricityKwh != null && baseline.electricityIdleKwh !== null && electricityKwh >= baseline.electricityIdleKwh + RAISED_LOAD_KWH;
}

/** The chance that this hour shows activity on a normal week: the hour of the week, leaning on the hour of the day while the slot is young. */
export function expectedActivity(baseline: HouseholdBaseline, hour: number): number {
  const slot = hourOfWeek(hour);
  const daily = hour % 24;
  const slotWeight = (0.6 * Math.min(baseline.slotSeen[slot]!, 4)) / 4;
  return slotWeight * baseline.bySlot[slot]! + (1 - slotWeight) * baseline.byHourOfDay[daily]!;
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
    baseline.electricityIdleKwh = baseline.electricityIdleKwh === null
      ? reading.electricityKwh
      : nextQuantile(baseline.electricityIdleKwh, reading.electricityKwh, ELECTRICITY_IDLE_STEP);
  }
  baseline.lastElectricityKwh = reading.electricityKwh ?? null;
}
