import type { Language } from "@/app/_i18n/languages";

// The city's time, whatever zone the phone is set to.
const formats: Record<Language, Intl.DateTimeFormat> = {
  "zh-CN": new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", month: "long", day: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }),
  en: new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Shanghai", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }),
};

/** "11月23日 10:02" / "23 Nov, 10:02" */
export function formatMoment(iso: string, language: Language): string {
  return formats[language].format(new Date(iso));
}
