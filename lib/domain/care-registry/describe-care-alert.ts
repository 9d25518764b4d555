const HOUR_MS = 3_600_000;
const SHANGHAI_OFFSET_MS = 8 * HOUR_MS;

/** What the watch saw when it alerted, in UTC hours since 1970. */
export interface AlertSeen {
  quietSinceHour: number;
  expectedActiveHours: number;
  lastWaterUseHour: number | null;
  lastElectricityUseHour: number | null;
  hasWaterMeter: boolean;
  hasElectricityMeter: boolean;
  /** A load held raised and unchanged through the quiet (a lamp, a television nobody switches off): since when, kWh per hour. */
  heldLoad: { sinceHour: number; kwh: number } | null;
}

/** `07:00`, or `12月5日 07:00` when it is not the day of `now`, Shanghai time. */
function clockOf(hour: number, now: Date): string {
  const at = new Date(hour * HOUR_MS + SHANGHAI_OFFSET_MS);
  const today = new Date(now.getTime() + SHANGHAI_OFFSET_MS);
  const time = `${String(at.getUTCHours()).padStart(2, "0")}:00`;
  const sameDay = at.toISOString().slice(0, 10) === today.toISOString().slice(0, 10);
  return sameDay ? time : `${at.getUTCMonth() + 1}月${at.getUTCDate()}日 ${time}`;
}

/**
 * The alert in words for the grid worker and the family: since when each meter has shown no use and how much
 * use a normal week would have shown by now, e.g. "自 07:00 起无用水，平常到此时约有 3 个小时有用水用电；用电自 06:00 起平稳";
 * a load left on says so: "用电自 13:00 起保持每小时约 0.25 千瓦时不变，像是开着的电器无人关".
 */
export function describeCareAlert(seen: AlertSeen, now: Date): string {
  const parts: string[] = [];
  const usual = Math.max(1, Math.round(seen.expectedActiveHours));
  const since = (last: number | null) => clockOf(last === null ? seen.quietSinceHour : last + 1, now);
  if (seen.hasWaterMeter) parts.push(`自 ${since(seen.lastWaterUseHour)} 起无用水，平常到此时约有 ${usual} 个小时有用水用电`);
  if (seen.hasElectricityMeter && seen.heldLoad) {
    parts.push(`用电自 ${clockOf(seen.heldLoad.sinceHour, now)} 起保持每小时约 ${seen.heldLoad.kwh.toFixed(2)} 千瓦时不变，像是开着的电器无人关`);
  } else if (seen.hasElectricityMeter) parts.push(`用电自 ${since(seen.lastElectricityUseHour)} 起平稳`);
  if (parts.length === 0) parts.push(`自 ${clockOf(seen.quietSinceHour, now)} 起无用水用电`);
  return parts.join("；");
}

/** A meter fault in words, for the maintenance queue. */
export function describeMeterFault(meters: readonly ("water" | "electricity")[], hours: number): string {
  const names = meters.map((m) => (m === "water" ? "智能水表" : "智能电表")).join("、");
  return `${names}已连续 ${hours} 小时未上报读数，请检修表计`;
}
