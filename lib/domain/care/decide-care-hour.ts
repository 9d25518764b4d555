import { nextMeterSilence } from "./meter-silence";

export interface CareAlertOptions {
  /** Alert once a normal week would have shown activity by now with a chance above 1 − alertBelow. */
  alertBelow: number;
  /** Never alert on a silence shorter than this, whatever the profile says. */
  minQuietHours: number;
  meterSilentAfterHours: number;
}

export const DEFAULT_CARE_ALERT_OPTIONS: CareAlertOptions = { alertBelow: 0.001, minQuietHours: 4, meterSilentAfterHours: 12 };

/** Where a household's watch stands: the quiet since its last activity and what was already raised. */
export interface CareWatchState {
  /** −ln P(no activity in the quiet hours so far | a normal week): a sum over hours, a likelihood score. */
  quietScore: number;
  quietHours: number;
  alerted: boolean;
  hoursWithoutReading: number;
}

export const INITIAL_CARE_WATCH_STATE: CareWatchState = { quietScore: 0, quietHours: 0, alerted: false, hoursWithoutReading: 0 };

/** What one hour of one household comes to; `alert` and `meter-fault` are raised once, on the hour they are decided. */
export type CareOutcome = "active" | "quiet" | "alert" | "absent" | "no-reading" | "meter-fault";

export interface CareHour {
  reported: boolean;
  active: boolean;
  /** The baseline's chance of activity in this hour. */
  expected: number;
  absent: boolean;
}

/**
 * One hour of the watch. An announced absence clears the quiet (watching starts afresh when it ends); an hour with
 * no reading says nothing about the resident and adds no evidence, but a long run of them is a meter fault; a quiet
 * reported hour adds −ln(1 − expected), so a late sleeper's quiet morning weighs little and a busy hour's silence much.
 */
export function decideCareHour(state: CareWatchState, hour: CareHour, options: CareAlertOptions): { state: CareWatchState; outcome: CareOutcome } {
  if (hour.absent) return { state: INITIAL_CARE_WATCH_STATE, outcome: "absent" };
  const meter = nextMeterSilence(state.hoursWithoutReading, hour.reported, options.meterSilentAfterHours);
  if (!hour.reported) {
    return { state: { ...state, hoursWithoutReading: meter.hoursWithoutReading }, outcome: meter.fault ? "meter-fault" : "no-reading" };
  }
  if (hour.active) return { state: INITIAL_CARE_WATCH_STATE, outcome: "active" };
  const quietScore = state.quietScore - Math.log(1 - hour.expected);
  const quietHours = state.quietHours + 1;
  const raise = !state.alerted && quietHours >= options.minQuietHours && quietScore >= -Math.log(options.alertBelow);
  return {
    state: { quietScore, quietHours, alerted: state.alerted || raise, hoursWithoutReading: 0 },
    outcome: raise ? "alert" : "quiet",
  };
}
