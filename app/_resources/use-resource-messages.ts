"use client";

import { useI18n } from "@/app/_i18n/language-provider";
import type { Language } from "@/app/_i18n/languages";
import { resourceEn, resourceZhCn, type ResourceMessages } from "./resource-messages";

const dictionaries: Record<Language, ResourceMessages> = { "zh-CN": resourceZhCn, en: resourceEn };

/** Resources' words in the language the page is shown in. */
export function useResourceMessages(): ResourceMessages {
  return dictionaries[useI18n().language];
}

/** A resource's name in the language shown. */
export function resourceName(resource: { nameZh: string; nameEn: string }, language: Language): string {
  return language === "en" ? resource.nameEn : resource.nameZh;
}
