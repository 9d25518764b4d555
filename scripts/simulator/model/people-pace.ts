import type { Priority, Sla } from "@/lib/contracts";
import type { Random } from "./seeded-random";

/**
 * How long the simulated people take, in SLA minutes: the unit the server counts deadlines in, which a
 * time-lapse demo shortens (SLA_MINUTE_MS). Steps are quick and on time as a rule; `lateShare` of them
 * are taken too late on purpose, so that a screen always has a few overdue cases, as a real city does.
 */
export interface Pace {
  /** Milliseconds in one SLA minute (60,000 in real time). */
  minuteMs: number;
  /** Share of sign-fors, resolutions and report-ins taken after their deadline, 0–1. */
  lateShare: number;
}

/** A late step misses its deadline only when that deadline is this close: nobody sits on a task for days to be late. */
const LATE_REACH_MINUTES = 240;
/** A phone's push is answered within a few minutes, and never later than this share of the deadline when on time. */
const ON_TIME_SHARE_OF_DEADLINE = 0.6;
const SIGN_FOR_MEDIAN_MINUTES = 2;
/** An e-bike through city streets. */
const TRAVEL_METERS_PER_MINUTE = 250;
/** On site: clearing a pile, moving a stall on, fencing off a hole; an urgent one is contained first and fast. */
const HANDLING_MEDIAN_MINUTES: Readonly<Record<Priority, number>> = { urgent: 10, high: 14, normal: 15, low: 10 };
const MAX_HANDLING_MINUTES = 60;

/** A positive duration around `median`: most near it, a few several times longer. */
function logNormal(random: Random, median: number, spread = 0.6): number {
  return median * Math.exp(spread * random.gaussian());
}

/** Minutes until a step is taken, given the minutes left before its deadline. */
function minutesToStep(random: Random, pace: Pace, usual: number, minutesLeft: number): number {
  const late = minutesLeft > 0 && minutesLeft <= LATE_REACH_MINUTES && random.float() < pace.lateShare;
  if (late) return minutesLeft + 2 + random.float() * 20;
  return minutesLeft > 0 ? Math.min(usual, minutesLeft * ON_TIME_SHARE_OF_DEADLINE) : usual;
}

/** 签收: how long after a task reaches a worker's phone they sign for it. */
export function signForDelayMs(sla: Sla, pace: Pace, random: Random): number {
  return minutesToStep(random, pace, logNormal(random, SIGN_FOR_MEDIAN_MINUTES), sla.signForMinutes) * pace.minuteMs;
}

/** A worker's speed on one trip, in metres per millisecond of the clock the simulator runs on. */
export function travelMetersPerMs(pace: Pace, random: Random): number {
  return (TRAVEL_METERS_PER_MINUTE * (0.8 + 0.4 * random.float())) / pace.minuteMs;
}

/** 办结: how long after arriving a worker reports the problem handled, given when the case is due. */
export function handlingMs(priority: Priority, resolveDueInMs: number, pace: Pace, random: Random): number {
  const usual = Math.min(MAX_HANDLING_MINUTES, logNormal(random, HANDLING_MEDIAN_MINUTES[priority], 0.5));
  return minutesToStep(random, pace, usual, resolveDueInMs / pace.minuteMs) * pace.minuteMs;
}

/** 报到: how long after being summoned a department reports in, given when the report-in is due. */
export function reportInDelayMs(ackDueInMs: number, pace: Pace, random: Random): number {
  return minutesToStep(random, pace, logNormal(random, 4), ackDueInMs / pace.minuteMs) * pace.minuteMs;
}
