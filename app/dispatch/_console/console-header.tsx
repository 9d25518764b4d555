"use client";

import type { Role } from "@/lib/contracts";
import type { LiveState } from "@/app/_live/live-state";
import { ConnectionBadge } from "@/app/_screen/connection-badge";
import { LanguageSwitch } from "@/app/_screen/language-switch";
import { LiveClock } from "@/app/_screen/live-clock";
import styles from "./console-header.module.css";
import { useDispatchMessages } from "./use-dispatch-messages";

export interface ConsoleUser {
  displayName: string;
  role: Role;
}

async function signOut() {
  await fetch("/api/auth/sign-out", { method: "POST" }).catch(() => undefined);
  window.location.assign("/sign-in?next=/dispatch");
}

export function ConsoleHeader({ live, user }: { live: LiveState; user: ConsoleUser }) {
  const m = useDispatchMessages();
  return (
    <header className={styles.header}>
      <div className={styles.titles}>
        <h1 className={styles.title}>{m.title}</h1>
        <p className={styles.subtitle}>{m.subtitle}</p>
      </div>
      <div className={styles.status}>
        <ConnectionBadge live={live} />
        <span className={styles.user} data-testid="console-user">
          <span className={styles.role}>{m.roles[user.role]}</span>
          {user.displayName}
        </span>
        <button type="button" className={styles.signOut} onClick={() => void signOut()}>
          {m.signOut}
        </button>
        <LanguageSwitch />
        <LiveClock />
      </div>
    </header>
  );
}
