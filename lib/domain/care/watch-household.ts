import { isAnnouncedAbsent, type Absence } from "./absence";
import { createCareWatch, recordFalseAlarm, watchCareHour } from "./care-watch";
import type { CareAlertOptions } from "./decide-care-hour";

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

export interface WatchHouseholdOptions {
  /** Alerts raised before this many hours from the series start are answered "false alarm" (the resident was fine), one hour later. */
  falseAlarmsBefore?: number;
}

/** Runs `watchCareHour` over a whole series, as the product does hour by hour; returns what was raised. */
export function watchHousehold(
  series: HouseholdSeries,
  absences: readonly Absence[],
  options: CareAlertOptions,
  feedback: WatchHouseholdOptions = {},
): CareEvent[] {
  const watch = createCareWatch();
  const events: CareEvent[] = [];
  let pendingFalseAlarm = false;
  for (let index = 0; index < series.waterLitres.length; index += 1) {
    const hour = series.firstHour + index;
    if (pendingFalseAlarm) {
      recordFalseAlarm(watch);
      pendingFalseAlarm = false;
    }
    const result = watchCareHour(
      watch,
      { hour, waterLitres: series.waterLitres[index] ?? null, electricityKwh: series.electricityKwh?.[index] ?? null, absent: isAnnouncedAbsent(absences, hour) },
      options,
    );
    if (result.outcome === "alert" || result.outcome === "meter-fault") events.push({ hour, kind: result.outcome });
    if (result.outcome === "alert" && feedback.falseAlarmsBefore !== undefined && index < feedback.falseAlarmsBefore) pendingFalseAlarm = true;
  }
  return events;
}
