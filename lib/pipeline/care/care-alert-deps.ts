import { createWebhookNotifier } from "@/lib/notify/webhook-notifier";
import type { Notifier } from "@/lib/notify/notifier";
import type { CareAlertDeps } from "./raise-care-event";

export interface CareAlertWiring {
  /** The city's notifier: the contact's message goes there when they have no webhook of their own. */
  notifier: Notifier;
  webhookTimeoutMs: number;
  scheduleEscalation(alertId: string, step: number, dueAt: Date): Promise<void>;
}

/** Family contacts are told on their own channel (a webhook: an SMS or WeChat gateway) or through the city's notifier. */
export function careAlertDeps(wiring: CareAlertWiring): CareAlertDeps {
  return {
    async notifyFamily(contact, notification) {
      const notifier = contact.webhookUrl ? createWebhookNotifier({ url: contact.webhookUrl, timeoutMs: wiring.webhookTimeoutMs }) : wiring.notifier;
      await notifier.send(notification, { userId: null });
    },
    scheduleEscalation: wiring.scheduleEscalation,
  };
}
