import type { HistoryItem } from "@/lib/contracts";
import { formatShortTime } from "@/app/_i18n/shanghai-time";
import type { MobileMessages } from "../_i18n/mobile-messages";
import styles from "./task-detail.module.css";

/** 办理记录: each step, newest first, with the result when it was resolved. */
export function TaskHistory({ history, t }: { history: readonly HistoryItem[]; t: MobileMessages }) {
  return (
    <section className={styles.section}>
      <h2 className={styles.sectionTitle}>{t.detail.history}</h2>
      <ol className={styles.history}>
        {[...history].reverse().map((item, i) => (
          <li key={`${item.at}-${i}`}>
            <time dateTime={item.at}>{formatShortTime(new Date(item.at))}</time>
            <span>{t.actions.names[item.action] ?? item.action}</span>
            {typeof item.detail.result === "string" && <span className={styles.historyNote}>{item.detail.result}</span>}
            {typeof item.detail.reason === "string" && <span className={styles.historyNote}>{item.detail.reason}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
