import type { Rgb } from "./stage-colors";

/**
 * Rain by the China Meteorological Administration's hourly classes (GB/T 28592): 小雨 below 2.5 mm/h,
 * 中雨 to 8, 大雨 to 16, 暴雨 above; plus 大暴雨 from 50, where the gauges alarm.
 */
export const rainClasses: readonly { readonly fromMmH: number; readonly color: Rgb }[] = [
  { fromMmH: 0.1, color: [125, 211, 252] },
  { fromMmH: 2.5, color: [59, 130, 246] },
  { fromMmH: 8, color: [34, 197, 94] },
  { fromMmH: 16, color: [250, 204, 21] },
  { fromMmH: 30, color: [249, 115, 22] },
  { fromMmH: 50, color: [220, 38, 38] },
];

/** The class colour of a rain rate; null when dry (below 0.1 mm/h). */
export function rainColor(mmPerHour: number): Rgb | null {
  let color: Rgb | null = null;
  for (const rainClass of rainClasses) if (mmPerHour >= rainClass.fromMmH) color = rainClass.color;
  return color;
}

/** Water level against its alarm: calm, rising past half, near (80 %), at or over. */
export const levelColors = { calm: [45, 212, 191], rising: [250, 204, 21], near: [249, 115, 22], over: [239, 68, 68], unknown: [100, 116, 139] } as const;

export function levelColor(level: number | null, alarmAbove: number | null): Rgb {
  if (level === null) return levelColors.unknown;
  if (alarmAbove === null || alarmAbove <= 0) return levelColors.calm;
  const share = level / alarmAbove;
  if (share >= 1) return levelColors.over;
  if (share >= 0.8) return levelColors.near;
  if (share >= 0.5) return levelColors.rising;
  return levelColors.calm;
}
