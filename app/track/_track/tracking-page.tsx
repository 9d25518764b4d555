"use client";

import type { Language } from "@/app/_i18n/languages";
import type { TrackingView } from "@/lib/contracts";
import mobile from "../../report/_mobile/mobile.module.css";
import { useResidentLanguage } from "../../report/_mobile/use-resident-language";
import { FeedList } from "./feed-list";
import { formatMoment } from "../../report/_mobile/format-time";
import { PhotoStrip } from "./photo-strip";
import { ProgressBar } from "./progress-bar";
import { RatingPanel } from "./rating-panel";
import { trackMessages } from "./track-messages";
import styles from "./track.module.css";
import { useTracking } from "./use-tracking";

interface Props {
  token: string;
  initial: TrackingView;
  requestedLanguage: Language | null;
  /** Signed in: steps are also pushed to the user's socket room, so the page updates at once. */
  listen: boolean;
}

/** The reporter's private page: where the case stands, every step so far, the result and the rating. */
export function TrackingPage({ token, initial, requestedLanguage, listen }: Props) {
  const [language, toggleLanguage] = useResidentLanguage(requestedLanguage);
  const t = trackMessages[language];
  const { view, online, refresh, replace } = useTracking(token, initial, listen);
  const { case: tracked } = view;
  const text = (pair: { zh: string; en: string }) => (language === "en" ? pair.en : pair.zh);

  return (
    <div className={mobile.page}>
      <header className={mobile.header}>
        <h1 className={mobile.brand}>{t.title}</h1>
        <button type="button" className={mobile.headerButton} onClick={toggleLanguage} data-testid="language-toggle">
          {t.switchLanguage}
        </button>
      </header>
      <main className={mobile.main} data-testid="tracking-page" data-stage={tracked.stage} data-version={tracked.version}>
        <section className={mobile.card}>
          <div className={styles.summaryTop}>
            <span className={styles.category}>{text(tracked.categoryName)}</span>
            <span className={styles.live} data-online={online}>
              {online ? t.live : t.offline}
            </span>
          </div>
          <p className={styles.description}>{tracked.description}</p>
          <dl className={styles.facts}>
            <dt>{t.code}</dt>
            <dd className={styles.code}>{tracked.code}</dd>
            <dt>{t.reportedAt}</dt>
            <dd>{formatMoment(tracked.createdAt, language)}</dd>
          </dl>
          <ProgressBar stage={tracked.stage} t={t} />
          {view.rating && <p className={styles.yourRating}>{t.rate.yours(t.rate.options[view.rating])}</p>}
        </section>

        {view.canRate && <RatingPanel token={token} version={tracked.version} onRated={replace} onStale={refresh} t={t.rate} />}

        {(view.result || view.photos.after.length > 0) && (
          <section className={mobile.card} data-testid="tracking-result">
            <h2 className={mobile.cardTitle}>{t.result}</h2>
            {view.result && <p className={styles.result}>{view.result}</p>}
            <PhotoStrip urls={view.photos.after} label={t.afterPhotos} alt={t.photoAlt} />
          </section>
        )}

        <section className={mobile.card}>
          <h2 className={mobile.cardTitle}>{t.feedTitle}</h2>
          <FeedList feed={view.feed} language={language} />
        </section>

        {view.photos.reported.length > 0 && (
          <section className={mobile.card}>
            <PhotoStrip urls={view.photos.reported} label={t.yourPhotos} alt={t.photoAlt} />
          </section>
        )}

        <a className={mobile.secondary} href="/report">
          {t.another}
        </a>
      </main>
    </div>
  );
}
