"use client";

import { useCallback, useEffect, useState } from "react";
import { defaultLanguage, parseLanguage, type Language } from "@/app/_i18n/languages";

// The same key as the wall screen's, so one choice holds on every page of this browser.
const storageKey = "tonglan.language";

/** `?lang=` wins; otherwise the choice stored in this browser; otherwise Chinese. */
export function useResidentLanguage(requested: Language | null): [Language, () => void] {
  const [language, setLanguage] = useState<Language>(requested ?? defaultLanguage);

  useEffect(() => {
    if (requested) return;
    const stored = parseLanguage(window.localStorage.getItem(storageKey));
    if (stored) setLanguage(stored);
  }, [requested]);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const toggle = useCallback(() => {
    setLanguage((current) => {
      const next: Language = current === "en" ? "zh-CN" : "en";
      window.localStorage.setItem(storageKey, next);
      return next;
    });
  }, []);

  return [language, toggle];
}
