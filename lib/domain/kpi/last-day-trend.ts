import type { KpiHour } from "@/lib/contracts/kpi";

export const HOUR_MS = 60 * 60 * 1000;
export const trendHours = 24;

/** The start of the oldest of the 24 clock hours ending with the one containing `now`. */
export function lastDayStart(now: Date): Date {
  return new Date(Math.floor(now.getTime() / HOUR_MS) * HOUR_MS - (trendHours - 1) * HOUR_MS);
}

export interface HourlyCounts {
  /** Hour index 0–23 from `lastDayStart`. */
  hour: number;
  value: number;
}

export interface LastDayInputs {
  now: Date;
  openNow: number;
  reported: readonly HourlyCounts[];
  /** Cases that became open minus cases that stopped being open, per hour. */
  openedNet: readonly HourlyCounts[];
  medianSecondsToDispatch: readonly HourlyCounts[];
}

/**
 * The hourly series, oldest hour first. The backlog at an hour's end is worked back from the open
 * count now: now's count less every case that became open since, plus every one that stopped being open.
 */
export function lastDayTrend({ now, openNow, reported, openedNet, medianSecondsToDispatch }: LastDayInputs): KpiHour[] {
  const start = lastDayStart(now).getTime();
  const byHour = (rows: readonly HourlyCounts[]) => {
    const values = new Array<number | null>(trendHours).fill(null);
    for (const { hour, value } of rows) if (hour >= 0 && hour < trendHours) values[hour] = value;
    return values;
  };
  const reportedBy = byHour(reported);
  const netBy = byHour(openedNet);
  const medianBy = byHour(medianSecondsToDispatch);
  const hours: KpiHour[] = [];
  let backlog = openNow;
  for (let hour = trendHours - 1; hour >= 0; hour--) {
    hours.push({
      hourStart: new Date(start + hour * HOUR_MS).toISOString(),
      reported: reportedBy[hour] ?? 0,
      backlog: Math.max(0, backlog),
      medianSecondsToDispatch: medianBy[hour] === null ? null : Math.round(medianBy[hour]! * 10) / 10,
    });
    backlog -= netBy[hour] ?? 0;
  }
  return hours.reverse();
}
