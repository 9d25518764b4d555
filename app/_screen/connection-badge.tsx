"use client";

import type { LiveState } from "@/app/_live/live-state";
import { useI18n } from "@/app/_i18n/language-provider";
import { formatClock } from "@/app/_i18n/shanghai-time";
import styles from "./connection-badge.module.css";
import { useNow } from "./use-now";

type BadgeState = "connected" | "connecting" | "syncing" | "stale" | "disconnected";

// Positions and gauge readings come every few seconds while the city runs: this long without data means it stopped.
const staleAfterMs = 15_000;

function badgeState({ connection, sync, hasSnapshot, dataAsOf }: LiveState, now: number | null): BadgeState {
  if (connection !== "connected") return connection;
  if (hasSnapshot && sync !== "live") return "syncing";
  if (now !== null && dataAsOf !== null && now - dataAsOf > staleAfterMs) return "stale";
  return "connected";
}

/** How fresh the screen is: connected with the time of the last update, delayed in amber, lost in red. */
export function ConnectionBadge({ live }: { live: LiveState }) {
  const { messages } = useI18n();
  const state = badgeState(live, useNow());
  const freshness = live.dataAsOf === null ? messages.connection.noData : messages.connection.dataAsOf(formatClock(live.dataAsOf));

  return (
    <div className={styles.badge} data-state={state} data-testid="connection-status">
      <span className={styles.dot} aria-hidden />
      {/* Only the state is announced, not every tick of the freshness time. */}
      <span className={styles.status} role="status">
        {messages.connection[state]}
      </span>
      {state !== "connecting" && <span className={styles.freshness}>· {freshness}</span>}
    </div>
  );
}
