"use client";

import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { en } from "./en";
import { defaultLanguage, parseLanguage, type Language } from "./languages";
import type { Messages } from "./messages";
import { zhCN } from "./zh-cn";

const dictionaries: Record<Language, Messages> = { "zh-CN": zhCN, en };
const storageKey = "tonglan.language";

interface LanguageContextValue {
  language: Language;
  messages: Messages;
  setLanguage: (language: Language) => void;
}

const LanguageContext = createContext<LanguageContextValue | null>(null);

/**
 * `?lang=` wins (the server already rendered in it); otherwise the choice stored on this screen;
 * otherwise Chinese.
 */
export function LanguageProvider({ requested, children }: { requested: Language | null; children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(requested ?? defaultLanguage);

  useEffect(() => {
    if (requested) return;
    const stored = parseLanguage(window.localStorage.getItem(storageKey));
    if (stored) setLanguageState(stored);
  }, [requested]);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next);
    window.localStorage.setItem(storageKey, next);
    const url = new URL(window.location.href);
    if (url.searchParams.has("lang")) {
      url.searchParams.set("lang", next);
      window.history.replaceState(null, "", url);
    }
  }, []);

  const value = useMemo(() => ({ language, messages: dictionaries[language], setLanguage }), [language, setLanguage]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export function useI18n(): LanguageContextValue {
  const value = useContext(LanguageContext);
  if (!value) throw new Error("useI18n outside <LanguageProvider>");
  return value;
}
