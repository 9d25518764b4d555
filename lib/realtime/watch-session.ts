import type { Actor } from "@/lib/domain/cases/case-rules";

export interface SocketSession {
  actor: Actor;
  /** Names the session's socket room (the stored hash of its token). */
  sessionId: string;
  expiresAt: Date;
}

export interface SessionWatch {
  /** Re-reads the session now; false (and the watch stops) when it no longer holds as it was: then end the socket. */
  confirm(): Promise<boolean>;
  stop(): void;
}

export interface WatchSessionDeps {
  /** The session as stored now, without extending it; null when it ended. */
  reread: () => Promise<SocketSession | null>;
  /** Disconnects the socket when a timed check finds the session over; its client may reconnect as whoever it now is. */
  end: () => void;
  checkEveryMs: number;
  now?: () => number;
}

/**
 * Keeps a socket no longer than its session: re-reads the session at its expiry and every
 * `checkEveryMs` (a session extended by the user's other requests lives on), and ends the socket when
 * the session is gone (signed out, expired, removed) or its user's role or scope changed, since the
 * rooms the socket joined followed from them. Sign-out also disconnects the session's room at once.
 */
export function watchSession(session: SocketSession, deps: WatchSessionDeps): SessionWatch {
  const now = deps.now ?? Date.now;
  const joinedAs = JSON.stringify(session.actor);
  let expiresAt = session.expiresAt.getTime();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const confirm = async (): Promise<boolean> => {
    if (stopped) return false;
    const current = await deps.reread();
    if (stopped) return false;
    if (current && JSON.stringify(current.actor) === joinedAs && current.expiresAt.getTime() > now()) {
      expiresAt = current.expiresAt.getTime();
      return true;
    }
    stop();
    return false;
  };

  const schedule = (delayMs: number) => {
    timer = setTimeout(() => {
      confirm().then(
        (holds) => (holds ? schedule(nextCheckIn()) : deps.end()),
        (error: Error) => {
          // A database hiccup is no reason to drop a screen: look again later.
          console.error("[socket] session re-check failed:", error.message);
          if (!stopped) schedule(deps.checkEveryMs);
        },
      );
    }, delayMs);
    timer.unref?.();
  };
  const nextCheckIn = () => Math.max(0, Math.min(deps.checkEveryMs, expiresAt - now()));

  function stop() {
    stopped = true;
    clearTimeout(timer);
  }

  // At once: a sign-out that ran while this socket was joining its rooms did not reach it.
  schedule(0);
  return { confirm, stop };
}
