import { nextMeterSilence } from "./meter-silence";
import { spellSurvival, type QuietSpells } from "./quiet-spells";

export interface CareAlertOptions {
  /** Alert once a quiet spell is longer than this household's spells from that start hour, but for this chance. */
  alertBelow: number;
  /** Never alert on a silence shorter than this, whatever the household's history says. */
  minQuietHours: number;
  meterSilentAfterHours: number;
}

export const DEFAULT_CARE_ALERT_OPTIONS: CareAlertOptions = { alertBelow: 0.01, minQuietHours: 4, meterSilentAfterHours: 12 };

/** Where a household's watch stands: the quiet spell in progress and what was already raised. Plain JSON. */
export interface CareWatchState {
  /** The first quiet hour of the spell in progress (hours since 1970), null while active or announced absent. */
  spellStartHour: number | null;
  /** Reported quiet hours in the spell so far (hours without a reading are not counted). */
  quietHours: number;
  alerted: boolean;
  /** The grid worker answered this spell's alert "false alarm": the spell is normal for this household. */
  confirmedNormal: boolean;
  hoursWithoutReading: number;
}

export const INITIAL_CARE_WATCH_STATE: CareWatchState = {
  spellStartHour: null, quietHours: 0, alerted: false, confirmedNormal: false, hoursWithoutReading: 0,
};

/** What one hour of one household comes to; `alert` and `meter-fault` are raised once, on the hour they are decided. */
export type CareOutcome = "active" | "quiet" | "alert" | "absent" | "no-reading" | "meter-fault";

export interface CareHour {
  /** Hours since 1970. */
  hour: number;
  reported: boolean;
  active: boolean;
  absent: boolean;
  /** False while the watch is still learning: nothing is raised. */
  mayAlert: boolean;
}

export interface CareDecision {
  state: CareWatchState;
  outcome: CareOutcome;
  /** P(a normal spell from this start lasts this long), on quiet hours; 1 otherwise. */
  survival: number;
  /** The spell that activity (or an announced absence) just ended, to be learned — unless an absence cut it. */
  endedSpell: { startHour: number; length: number; confirmedNormal: boolean } | null;
}

/**
 * One hour of the watch. A quiet reported hour lengthens the spell; the spell alerts once when this household's
 * spells from the same start hour have almost never lasted so long (`spellSurvival` < alertBelow), so a late sleeper's
 * quiet morning or a family's day out is normal and a regular resident's missing morning is not. Activity ends the
 * spell (learned); an announced absence clears it (not learned, watching starts afresh); an hour with no reading
 * says nothing about the resident, but a long run of them is a meter fault.
 */
export function decideCareHour(state: CareWatchState, hour: CareHour, spells: QuietSpells, options: CareAlertOptions): CareDecision {
  if (hour.absent) return { state: INITIAL_CARE_WATCH_STATE, outcome: "absent", survival: 1, endedSpell: null };
  const meter = nextMeterSilence(state.hoursWithoutReading, hour.reported, options.meterSilentAfterHours);
  if (!hour.reported) {
    return {
      state: { ...state, hoursWithoutReading: meter.hoursWithoutReading },
      outcome: meter.fault ? "meter-fault" : "no-reading",
      survival: 1,
      endedSpell: null,
    };
  }
  if (hour.active) {
    const endedSpell = state.spellStartHour === null || state.quietHours === 0
      ? null
      : { startHour: state.spellStartHour, length: state.quietHours, confirmedNormal: state.confirmedNormal };
    return { state: INITIAL_CARE_WATCH_STATE, outcome: "active", survival: 1, endedSpell };
  }
  const spellStartHour = state.spellStartHour ?? hour.hour;
  const quietHours = state.quietHours + 1;
  const survival = spellSurvival(spells, spellStartHour, quietHours);
  const raise = hour.mayAlert && !state.alerted && quietHours >= options.minQuietHours && survival < options.alertBelow;
  return {
    state: { ...state, spellStartHour, quietHours, alerted: state.alerted || raise, hoursWithoutReading: 0 },
    outcome: raise ? "alert" : "quiet",
    survival,
    endedSpell: null,
  };
}
