"use client";

import type { ReactNode } from "react";
import type { SessionUser } from "@/lib/contracts";
import { useMobileMessages } from "../_i18n/use-mobile-messages";
import styles from "./mobile-shell.module.css";

interface Props {
  user: SessionUser;
  /** Shown as a back button in the header's left corner, within reach of the thumb. */
  backHref?: string;
  children: ReactNode;
}

async function signOut() {
  await fetch("/api/auth/sign-out", { method: "POST" }).catch(() => undefined);
  window.location.assign("/sign-in?next=/m");
}

/** The phone frame: a sticky header (back, who is signed in, language, sign out) over one column. */
export function MobileShell({ user, backHref, children }: Props) {
  const { t, language, setLanguage } = useMobileMessages();
  return (
    <div className={styles.shell}>
      <header className={styles.header}>
        {backHref ? (
          <a className={styles.back} href={backHref} aria-label={t.back}>
            ‹ {t.back}
          </a>
        ) : (
          <span className={styles.brand}>{t.appTitle}</span>
        )}
        <span className={styles.user} data-testid="mobile-user">
          {user.displayName}
          {user.workerId && <span className={styles.workerId}>{user.workerId}</span>}
        </span>
        <button type="button" className={styles.headerButton} onClick={() => setLanguage(language === "en" ? "zh-CN" : "en")}>
          {t.switchLanguage}
        </button>
        <button type="button" className={styles.headerButton} onClick={() => void signOut()}>
          {t.signOut}
        </button>
      </header>
      <main className={styles.main}>{children}</main>
    </div>
  );
}
