import { isAnnouncedAbsent, type Absence } from "./absence";
import { decideCareHour, INITIAL_CARE_WATCH_STATE, type CareAlertOptions } from "./decide-care-hour";
import { createHouseholdBaseline, expectedActivity, isActive, learnHour } from "./household-baseline";

/** A household's hourly meters from `firstHour` on; null where a meter sent nothing. */
export interface HouseholdSeries {
  firstHour: number;
  waterLitres: readonly (number | null)[];
  electricityKwh?: readonly (number | null)[];
}

export interface CareEvent {
  hour: number;
  kind: "alert" | "meter-fault";
}

/** Hours learned before the watch may alert: two weeks, so that every hour of the week was seen twice. */
export const WARM_UP_HOURS = 14 * 24;

/**
 * Watches a household hour by hour, online: each hour is judged against the baseline learned from the hours before
 * it, then learned (unless announced absent). Returns the alerts and meter faults raised after the warm-up.
 */
export function watchHousehold(series: HouseholdSeries, absences: readonly Absence[], options: CareAlertOptions): CareEvent[] {
  const baseline = createHouseholdBaseline();
  const events: CareEvent[] = [];
  let state = INITIAL_CARE_WATCH_STATE;
  for (let index = 0; index < series.waterLitres.length; index += 1) {
    const hour = series.firstHour + index;
    const reading = { waterLitres: series.waterLitres[index] ?? null, electricityKwh: series.electricityKwh?.[index] ?? null };
    const reported = reading.waterLitres !== null || reading.electricityKwh !== null;
    const absent = isAnnouncedAbsent(absences, hour);
    const decided = decideCareHour(
      state,
      { reported, active: reported && isActive(baseline, reading), expected: expectedActivity(baseline, hour), absent },
      options,
    );
    state = decided.state;
    if (index >= WARM_UP_HOURS && (decided.outcome === "alert" || decided.outcome === "meter-fault")) {
      events.push({ hour, kind: decided.outcome });
    }
    if (reported && !absent) learnHour(baseline, hour, reading);
  }
  return events;
}
