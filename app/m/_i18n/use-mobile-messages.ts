"use client";

import { useI18n } from "@/app/_i18n/language-provider";
import type { Language } from "@/app/_i18n/languages";
import { mobileEn } from "./mobile-en";
import type { MobileMessages } from "./mobile-messages";
import { mobileZhCn } from "./mobile-zh-cn";

const dictionaries: Record<Language, MobileMessages> = { "zh-CN": mobileZhCn, en: mobileEn };

/** The phone pages' strings in the language chosen (shared with the other screens: `?lang=`, then the stored choice). */
export function useMobileMessages(): { t: MobileMessages; language: Language; setLanguage: (language: Language) => void } {
  const { language, setLanguage } = useI18n();
  return { t: dictionaries[language], language, setLanguage };
}
