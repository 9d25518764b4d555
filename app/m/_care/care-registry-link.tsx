"use client";

import { useMobileMessages } from "../_i18n/use-mobile-messages";
import styles from "./care-registry.module.css";

/** From the task list to the care registry the grid worker maintains. */
export function CareRegistryLink() {
  const { t } = useMobileMessages();
  return (
    <a className={styles.link} href="/m/care">
      {t.care.open} ›
    </a>
  );
}
