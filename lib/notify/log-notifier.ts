import type { ResidentNotification } from "@/lib/contracts/notification";
import type { Notifier } from "./notifier";

/** The line logged for a notification: never its tracking link, which is as good as a password. */
export function logLine(n: ResidentNotification): string {
  return `[notify] ${n.caseCode} ${n.notice}: ${n.message.zh}`;
}

/** Lines logged in one turn of the event loop go out as one write: a busy intake notifies thousands a second. */
export function linesPerTurn(write: (text: string) => void): (line: string) => void {
  let pending: string[] = [];
  return (line) => {
    if (pending.length === 0) {
      setImmediate(() => {
        const text = pending.join("\n");
        pending = [];
        write(text);
      });
    }
    pending.push(line);
  };
}

/** One line saying how many notifications of each step were logged since the last summary. */
export function summaryLine(counts: ReadonlyMap<string, number>, periodMs: number): string {
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const steps = [...counts].map(([notice, n]) => `${notice} ${n}`).join(", ");
  return `[notify] ${total} notifications in the last ${Math.round(periodMs / 1000)} s, logged instead of sent (no NOTIFY_WEBHOOK_URL): ${steps}`;
}

export interface LogNotifierOptions {
  /** Every notification on a line of its own (LOG_LEVEL=debug); otherwise a summary per period. */
  eachNotification: boolean;
  write?: (text: string) => void;
  summaryPeriodMs?: number;
}

/** Stands in for a real channel when no webhook is configured. */
export function createLogNotifier({ eachNotification, write = console.log, summaryPeriodMs = 60_000 }: LogNotifierOptions): Notifier {
  if (eachNotification) {
    const log = linesPerTurn(write);
    return { send: async (notification) => log(logLine(notification)) };
  }
  let counts = new Map<string, number>();
  let timer: NodeJS.Timeout | null = null;
  const flush = () => {
    timer = null;
    write(summaryLine(counts, summaryPeriodMs));
    counts = new Map();
  };
  return {
    async send(notification) {
      counts.set(notification.notice, (counts.get(notification.notice) ?? 0) + 1);
      // Armed by the first notification of a period, so an idle city prints nothing and keeps no timer.
      if (!timer) timer = setTimeout(flush, summaryPeriodMs).unref();
    },
  };
}
