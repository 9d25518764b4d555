export const languages = ["zh-CN", "en"] as const;
export type Language = (typeof languages)[number];

export const defaultLanguage: Language = "zh-CN";

/** Accepts "en", "en-GB", "zh", "zh-CN" …; anything else is no choice at all. */
export function parseLanguage(value: string | null | undefined): Language | null {
  const lower = value?.toLowerCase();
  if (!lower) return null;
  if (lower.startsWith("zh")) return "zh-CN";
  if (lower.startsWith("en")) return "en";
  return null;
}

/** Names that the catalogue gives in both languages. */
export function localName(language: Language, named: { nameZh: string; nameEn: string }): string {
  return language === "en" ? named.nameEn : named.nameZh;
}
