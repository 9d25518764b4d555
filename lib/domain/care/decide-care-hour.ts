import { nextMeterSilence } from "./meter-silence";
import { spellSurvival, type QuietSpells } from "./quiet-spells";

export interface CareAlertOptions {
  /** Alert once a quiet spell is longer than this household's spells from that start hour, but for this chance. */
  alertBelow: number;
  /** Alert once a load held raised through quiet hours lasts longer than this household's held loads from that start hour, but for this chance; 0 never. */
  heldLoadAlertBelow: number;
  /** Never alert on a silence shorter than this, whatever the household's history says. */
  minQuietHours: number;
  meterSilentAfterHours: number;
}

export const DEFAULT_CARE_ALERT_OPTIONS: CareAlertOptions = { alertBelow: 0.01, heldLoadAlertBelow: 0.1, minQuietHours: 4, meterSilentAfterHours: 12 };

/** Where a household's watch stands: the quiet spell in progress and what was already raised. Plain JSON. */
export interface CareWatchState {
  /** The first quiet hour of the spell in progress (hours since 1970), null while active or announced absent. */
  spellStartHour: number | null;
  /** Reported quiet hours in the spell so far (hours without a reading are not counted). */
  quietHours: number;
  /** The first of the quiet hours in a row with electricity held above its idle level (a lamp left on), null when none. */
  heldSinceHour: number | null;
  heldHours: number;
  /** The held load's level when it began: it is held while it stays within HELD_LOAD_TOLERANCE_KWH of it. */
  heldKwh: number | null;
  alerted: boolean;
  /** The grid worker answered this spell's alert "false alarm": the spell is normal for this household. */
  confirmedNormal: boolean;
  hoursWithoutReading: number;
}

export const INITIAL_CARE_WATCH_STATE: CareWatchState = {
  spellStartHour: null, quietHours: 0, heldSinceHour: null, heldHours: 0, heldKwh: null, alerted: false, confirmedNormal: false, hoursWithoutReading: 0,
};

/** What one hour of one household comes to; `alert` and `meter-fault` are raised once, on the hour they are decided. */
export type CareOutcome = "active" | "quiet" | "alert" | "absent" | "no-reading" | "meter-fault";

export interface CareHour {
  /** Hours since 1970. */
  hour: number;
  reported: boolean;
  active: boolean;
  /** The hour's electricity (kWh) when it stands above the household's idle level — something is on — else null. */
  raisedKwh: number | null;
  absent: boolean;
  /** False while the watch is still learning: nothing is raised. */
  mayAlert: boolean;
}

export interface CareDecision {
  state: CareWatchState;
  outcome: CareOutcome;
  /** P(a normal spell from this start lasts this long), on quiet hours; 1 otherwise. */
  survival: number;
  /** P(a normal held load from its start lasts this long), while one is held; 1 otherwise. */
  heldLoadSurvival: number;
  /** The spell that activity just ended, to be learned (an announced absence clears it unlearned). */
  endedSpell: EndedSpell | null;
  /**
   * Held loads to learn: the one that activity, or its load going off or changing, just ended; and, when nothing is
   * held after this hour, one of length 0 from it — so the chance learned is per hour watched, not per held load, and
   * afternoons without anything left on are evidence too.
   */
  heldLoadsEnded: EndedSpell[];
}

export interface EndedSpell {
  startHour: number;
  length: number;
  confirmedNormal: boolean;
}

/** A load nobody touches draws the same power; a fridge's cycling moves an hour's total by about 0.01 kWh. */
export const HELD_LOAD_TOLERANCE_KWH = 0.03;

const NOTHING_ENDED = { endedSpell: null, heldLoadsEnded: [] };

function heldLoadsToLearn(state: CareWatchState, hour: number, nothingHeld: boolean): EndedSpell[] {
  const ended: EndedSpell[] = [];
  if (state.heldSinceHour !== null) ended.push({ startHour: state.heldSinceHour, length: state.heldHours, confirmedNormal: state.confirmedNormal });
  if (nothingHeld) ended.push({ startHour: hour, length: 0, confirmedNormal: false });
  return ended;
}

/**
 * One hour of the watch, two paths to an alert. A quiet reported hour lengthens the spell; the spell alerts once when
 * this household's spells from the same start hour have almost never lasted so long (`spellSurvival` < alertBelow),
 * so a late sleeper's quiet morning or a family's day out is normal and a regular resident's missing morning is not.
 * Within it, quiet hours in a row with electricity above its idle level and unchanged are a held load — what was on
 * stays on when nobody can switch it off, while people leaving switch things off — which alerts when this household
 * has almost never held a load so long from that hour (a lamp left on every night is normal until morning). Each path
 * has its own threshold; a spell alerts once, whichever path raises it. Activity ends both (learned); the load going
 * off or changing ends the held load (learned); an announced absence clears both (not learned, watching starts
 * afresh); an hour with no reading says nothing about the resident, but a long run of them is a meter fault.
 */
export function decideCareHour(
  state: CareWatchState,
  hour: CareHour,
  spells: QuietSpells,
  heldLoads: QuietSpells,
  options: CareAlertOptions,
): CareDecision {
  const unchanged = { survival: 1, heldLoadSurvival: 1, ...NOTHING_ENDED };
  if (hour.absent) return { state: INITIAL_CARE_WATCH_STATE, outcome: "absent", ...unchanged };
  const meter = nextMeterSilence(state.hoursWithoutReading, hour.reported, options.meterSilentAfterHours);
  if (!hour.reported) {
    return { state: { ...state, hoursWithoutReading: meter.hoursWithoutReading }, outcome: meter.fault ? "meter-fault" : "no-reading", ...unchanged };
  }
  if (hour.active) {
    const endedSpell = state.spellStartHour === null || state.quietHours === 0
      ? null
      : { startHour: state.spellStartHour, length: state.quietHours, confirmedNormal: state.confirmedNormal };
    return { state: INITIAL_CARE_WATCH_STATE, outcome: "active", survival: 1, heldLoadSurvival: 1, endedSpell, heldLoadsEnded: heldLoadsToLearn(state, hour.hour, true) };
  }
  const spellStartHour = state.spellStartHour ?? hour.hour;
  const quietHours = state.quietHours + 1;
  const survival = spellSurvival(spells, spellStartHour, quietHours);
  const stillHeld = hour.raisedKwh !== null && state.heldKwh !== null && Math.abs(hour.raisedKwh - state.heldKwh) < HELD_LOAD_TOLERANCE_KWH;
  const heldKwh = stillHeld ? state.heldKwh : hour.raisedKwh;
  const heldSinceHour = stillHeld ? state.heldSinceHour : hour.raisedKwh === null ? null : hour.hour;
  const heldHours = stillHeld ? state.heldHours + 1 : hour.raisedKwh === null ? 0 : 1;
  const heldLoadSurvival = heldSinceHour === null ? 1 : spellSurvival(heldLoads, heldSinceHour, heldHours);
  const quietPath = quietHours >= options.minQuietHours && survival < options.alertBelow;
  const heldPath = heldHours >= options.minQuietHours && heldLoadSurvival < options.heldLoadAlertBelow;
  const raise = hour.mayAlert && !state.alerted && (quietPath || heldPath);
  return {
    state: { ...state, spellStartHour, quietHours, heldSinceHour, heldHours, heldKwh, alerted: state.alerted || raise, hoursWithoutReading: 0 },
    outcome: raise ? "alert" : "quiet",
    survival,
    heldLoadSurvival,
    endedSpell: null,
    heldLoadsEnded: stillHeld ? [] : heldLoadsToLearn(state, hour.hour, hour.raisedKwh === null),
  };
}
