import type { ResidentNotification } from "@/lib/contracts/notification";
import type { Notifier } from "./notifier";

/** The line logged for a notification: never its tracking link, which is as good as a password. */
export function logLine(n: ResidentNotification): string {
  return `[notify] ${n.caseCode} ${n.notice}: ${n.message.zh}`;
}

/** Stands in for a real channel when no webhook is configured. */
export function createLogNotifier(log: (line: string) => void = console.log): Notifier {
  return {
    async send(notification) {
      log(logLine(notification));
    },
  };
}
