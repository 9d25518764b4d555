"use client";

import { useEffect, useState, type FormEvent, type ReactNode } from "react";
import { localName, type Language } from "@/app/_i18n/languages";
import { useCatalogue } from "@/app/_live/use-catalogue";
import mobile from "../_mobile/mobile.module.css";
import { useResidentLanguage } from "../_mobile/use-resident-language";
import { CategoryStep } from "./category-step";
import { LocationStep, type ChosenLocation } from "./location-step";
import { PhotoStep } from "./photo-step";
import { readRecentReports, rememberReport, type RecentReport } from "./recent-reports";
import { RecentList } from "./recent-list";
import { newReportKey } from "./report-key";
import { reportMessages } from "./report-messages";
import styles from "./report.module.css";
import { submitReport } from "./submit-report";
import { SubmittedView } from "./submitted-view";

const maxDescription = 140;

type Status = { kind: "editing"; error?: string } | { kind: "submitting" } | { kind: "done"; trackingUrl: string };

interface Props {
  requestedLanguage: Language | null;
  /** The signed-in resident, who becomes the reporter and may attach a photo. */
  userName: string | null;
}

function Step({ number, title, children }: { number: number; title: string; children: ReactNode }) {
  return (
    <section className={mobile.card}>
      <h2 className={mobile.cardTitle}>
        <span className={mobile.stepNumber}>{number}</span>
        {title}
      </h2>
      {children}
    </section>
  );
}

/** 随手拍: photo, place, category and one sentence; one Idempotency-Key per form, so retries make one case. */
export function ReportForm({ requestedLanguage, userName }: Props) {
  const [language, toggleLanguage] = useResidentLanguage(requestedLanguage);
  const t = reportMessages[language];
  const catalogue = useCatalogue();
  const [key, setKey] = useState(newReportKey);
  const [place, setPlace] = useState<ChosenLocation | null>(null);
  const [category, setCategory] = useState<string | null>(null);
  const [description, setDescription] = useState("");
  const [status, setStatus] = useState<Status>({ kind: "editing" });
  const [recent, setRecent] = useState<RecentReport[]>([]);
  useEffect(() => setRecent(readRecentReports()), []);

  const categoryName = (code: string) => {
    const found = catalogue?.categories.find((c) => c.code === code);
    return found ? localName(language, found) : code;
  };
  const ready = place !== null && category !== null && description.trim().length > 0;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // The button stays disabled until all three are there; this only narrows the types.
    if (!place || !category || !description.trim()) return;
    setStatus({ kind: "submitting" });
    const outcome = await submitReport(key, { category, description: description.trim(), location: place.location });
    if (outcome.ok) {
      const { trackingUrl } = outcome.accepted;
      setRecent(rememberReport({ trackingUrl, category, at: new Date().toISOString() }));
      setStatus({ kind: "done", trackingUrl });
      window.scrollTo({ top: 0 });
    } else {
      setStatus({ kind: "editing", error: outcome.kind === "invalid" ? t.rejected(outcome.detail) : t.failed });
    }
  }

  function startAnother() {
    setKey(newReportKey());
    setPlace(null);
    setCategory(null);
    setDescription("");
    setStatus({ kind: "editing" });
  }

  return (
    <div className={mobile.page}>
      <header className={mobile.header}>
        <h1 className={mobile.brand}>{t.title}</h1>
        {!userName && (
          <a className={mobile.headerButton} href="/sign-in?next=/report">
            {t.signIn}
          </a>
        )}
        <button type="button" className={mobile.headerButton} onClick={toggleLanguage} data-testid="language-toggle">
          {t.switchLanguage}
        </button>
      </header>
      <main className={mobile.main}>
        {status.kind === "done" ? (
          <SubmittedView trackingUrl={status.trackingUrl} onAnother={startAnother} t={t.done} />
        ) : (
          <form className={styles.form} onSubmit={(e) => void submit(e)} noValidate>
            <p className={mobile.hint}>{userName ? t.signedInAs(userName) : t.anonymous}</p>
            <Step number={1} title={t.photo.title}>
              {userName ? <PhotoStep key={key} reportKey={key} t={t.photo} /> : <p className={mobile.hint}>{t.photo.signInFirst}</p>}
            </Step>
            <Step number={2} title={t.location.title}>
              <LocationStep chosen={place} onChoose={setPlace} t={t.location} />
            </Step>
            <Step number={3} title={t.category.title}>
              <CategoryStep categories={catalogue?.categories ?? null} selected={category} onSelect={setCategory} language={language} t={t.category} />
            </Step>
            <Step number={4} title={t.description.title}>
              <textarea
                className={styles.description}
                value={description}
                maxLength={maxDescription}
                rows={3}
                placeholder={t.description.placeholder}
                onChange={(e) => setDescription(e.target.value)}
                data-testid="description"
              />
              <p className={`${mobile.hint} ${styles.count}`}>{t.description.count(description.length, maxDescription)}</p>
            </Step>
            <div className={styles.submitBar}>
              {status.kind === "editing" && status.error && (
                <p className={mobile.error} role="alert">
                  {status.error}
                </p>
              )}
              <button type="submit" className={mobile.primary} disabled={!ready || status.kind === "submitting"} data-testid="submit-report">
                {status.kind === "submitting" ? t.submitting : t.submit}
              </button>
            </div>
          </form>
        )}
        <RecentList reports={recent} categoryName={categoryName} language={language} title={t.recent.title} />
      </main>
    </div>
  );
}
