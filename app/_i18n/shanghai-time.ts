import type { Language } from "./languages";

// The screen shows the city's time, whatever time zone the machine driving the wall is set to.
const timeZone = "Asia/Shanghai";

const clockFormat = new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" });
const shortFormat = new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
const dayTimeFormat = new Intl.DateTimeFormat("en-GB", { timeZone, month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
const dateFormats: Record<Language, Intl.DateTimeFormat> = {
  "zh-CN": new Intl.DateTimeFormat("zh-CN", { timeZone, year: "numeric", month: "long", day: "numeric", weekday: "long" }),
  en: new Intl.DateTimeFormat("en-GB", { timeZone, year: "numeric", month: "short", day: "numeric", weekday: "short" }),
};

/** HH:mm:ss */
export function formatClock(time: number | Date): string {
  return clockFormat.format(time);
}

/** HH:mm */
export function formatShortTime(time: number | Date): string {
  return shortFormat.format(time);
}

/** MM-DD HH:mm, for times days away (an absence's end, a change in a history). */
export function formatDayTime(time: number | Date): string {
  const part = Object.fromEntries(dayTimeFormat.formatToParts(time).map((p) => [p.type, p.value]));
  return `${part.month}-${part.day} ${part.hour}:${part.minute}`;
}

export function formatDate(time: number | Date, language: Language): string {
  return dateFormats[language].format(time);
}
