import { decideCareHour, INITIAL_CARE_WATCH_STATE, type CareAlertOptions, type CareOutcome, type CareWatchState, type EndedSpell } from "./decide-care-hour";
import { createHouseholdBaseline, expectedActivity, isActive, isRaisedLoad, learnHour, type HouseholdBaseline, type HourReading } from "./household-baseline";
import { createQuietSpells, learnSpell, type QuietSpells } from "./quiet-spells";

/** Everything the watch keeps about one household, plain JSON: store it per household, load it, step it, save it. */
export interface CareWatch {
  baseline: HouseholdBaseline;
  spells: QuietSpells;
  /**
   * How often, by the hour of the day, a load is held raised through quiet hours from that hour, and for how long:
   * every hour watched counts, an hour from which nothing was held as a held load of length 0.
   */
  heldLoads: QuietSpells;
  state: CareWatchState;
  hoursWatched: number;
  /** Expected active hours (by hour of the week) over the spell in progress: "usually 3 uses by now". */
  expectedActiveSinceQuiet: number;
}

/** Hours learned before the watch may alert: two weeks, so that every hour of the week was seen twice. */
export const WARM_UP_HOURS = 14 * 24;
/** A spell the grid worker called a false alarm counts as this many ordinary ones: the household said it is normal. */
export const CONFIRMED_NORMAL_WEIGHT = 3;

export function createCareWatch(): CareWatch {
  return { baseline: createHouseholdBaseline(), spells: createQuietSpells(), heldLoads: createQuietSpells(), state: INITIAL_CARE_WATCH_STATE, hoursWatched: 0, expectedActiveSinceQuiet: 0 };
}

export interface CareHourInput extends HourReading {
  /** Hours since 1970 (the meters' local clock); hours are fed once each, in order. */
  hour: number;
  /** Inside an announced absence ("away until …", a hospital stay). */
  absent: boolean;
}

export interface CareWatchResult {
  outcome: CareOutcome;
  /** The spell in progress: its first quiet hour and reported quiet hours so far (null / 0 when none). */
  quietSinceHour: number | null;
  quietHours: number;
  /** How often this household's normal spells from that start last this long. */
  survival: number;
  /** The load held raised since this hour through the quiet (null when none), and how often normal held loads last so long. */
  heldLoadSinceHour: number | null;
  heldLoadSurvival: number;
  /** The held load's level, kWh per hour (null when none). */
  heldLoadKwh: number | null;
  expectedActiveHours: number;
}

/**
 * One hour of one household, online: judged against what was learned from the hours before it, then learned (an
 * announced absence is not learned). Mutates `watch` in place. Outcomes `alert` and `meter-fault` are raised once;
 * nothing is raised during the warm-up.
 */
export function watchCareHour(watch: CareWatch, input: CareHourInput, options: CareAlertOptions): CareWatchResult {
  const reading = { waterLitres: input.waterLitres ?? null, electricityKwh: input.electricityKwh ?? null };
  const reported = reading.waterLitres !== null || reading.electricityKwh !== null;
  const active = reported && isActive(watch.baseline, reading);
  const raisedKwh = isRaisedLoad(watch.baseline, reading.electricityKwh) ? reading.electricityKwh : null;
  const decided = decideCareHour(
    watch.state,
    { hour: input.hour, reported, active, raisedKwh, absent: input.absent, mayAlert: watch.hoursWatched >= WARM_UP_HOURS },
    watch.spells,
    watch.heldLoads,
    options,
  );
  learnEnded(watch.spells, decided.endedSpell);
  for (const held of decided.heldLoadsEnded) learnEnded(watch.heldLoads, held);
  watch.expectedActiveSinceQuiet = decided.outcome === "quiet" || decided.outcome === "alert"
    ? watch.expectedActiveSinceQuiet + expectedActivity(watch.baseline, input.hour)
    : decided.state.spellStartHour === null ? 0 : watch.expectedActiveSinceQuiet;
  watch.state = decided.state;
  watch.hoursWatched += 1;
  if (reported && !input.absent) learnHour(watch.baseline, input.hour, reading);
  else watch.baseline.lastElectricityKwh = reading.electricityKwh;
  return {
    outcome: decided.outcome,
    quietSinceHour: decided.state.spellStartHour,
    quietHours: decided.state.quietHours,
    survival: decided.survival,
    heldLoadSinceHour: decided.state.heldSinceHour,
    heldLoadSurvival: decided.heldLoadSurvival,
    heldLoadKwh: decided.state.heldSinceHour === null ? null : decided.state.heldKwh,
    expectedActiveHours: watch.expectedActiveSinceQuiet,
  };
}

function learnEnded(spells: QuietSpells, ended: EndedSpell | null): void {
  if (ended) learnSpell(spells, ended.startHour, ended.length, ended.confirmedNormal ? CONFIRMED_NORMAL_WEIGHT : 1);
}

/** The grid worker's outcome "false alarm" for the alert in progress: the spell is normal for this household and is learned so. */
export function recordFalseAlarm(watch: CareWatch): void {
  if (watch.state.spellStartHour !== null) watch.state = { ...watch.state, confirmedNormal: true };
}
