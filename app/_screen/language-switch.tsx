"use client";

import { useI18n } from "@/app/_i18n/language-provider";
import { languages } from "@/app/_i18n/languages";
import styles from "./language-switch.module.css";

/** 中 | EN, a two-button group; the pressed one is the language in use. */
export function LanguageSwitch() {
  const { language, messages, setLanguage } = useI18n();
  const labels = { "zh-CN": messages.language.zh, en: messages.language.en };

  return (
    <div className={styles.switch} role="group" aria-label={messages.language.label}>
      {languages.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          className={styles.option}
          aria-pressed={language === option}
          onClick={() => setLanguage(option)}
          data-testid={`language-${option}`}
        >
          {labels[option]}
        </button>
      ))}
    </div>
  );
}
