import type { Language } from "@/app/_i18n/languages";
import type { FeedItem } from "@/lib/contracts";
import { formatMoment } from "../../report/_mobile/format-time";
import styles from "./track.module.css";

/** The steps so far, newest on top, each in the reporter's words. */
export function FeedList({ feed, language }: { feed: readonly FeedItem[]; language: Language }) {
  const newestFirst = [...feed].reverse();
  return (
    <ol className={styles.feed} data-testid="tracking-feed">
      {newestFirst.map((item, index) => (
        <li key={`${item.key}-${item.at}`} className={styles.feedItem} data-key={item.key} data-latest={index === 0}>
          <span className={styles.feedDot} aria-hidden />
          <span className={styles.feedMessage}>{language === "en" ? item.message.en : item.message.zh}</span>
          <time className={styles.feedTime} dateTime={item.at}>
            {formatMoment(item.at, language)}
          </time>
        </li>
      ))}
    </ol>
  );
}
