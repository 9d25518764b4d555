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

/** Stands in for a real channel when no webhook is configured. */
export function createLogNotifier(log: (line: string) => void = linesPerTurn(console.log)): Notifier {
  return {
    async send(notification) {
      log(logLine(notification));
    },
  };
}
