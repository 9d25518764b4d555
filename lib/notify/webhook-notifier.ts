import type { ResidentNotification } from "@/lib/contracts/notification";
import { PermanentDeliveryError, type Notifier } from "./notifier";

export interface WebhookOptions {
  url: string;
  timeoutMs: number;
  fetch?: typeof fetch;
}

/** What the webhook receives: no case id, no reporter, only what a message to the resident needs. */
export function webhookBody(n: ResidentNotification) {
  return {
    id: n.id,
    caseCode: n.caseCode,
    stage: n.stage,
    notice: n.notice,
    message: n.message,
    at: n.at,
    ...(n.trackingUrl && { trackingUrl: n.trackingUrl }),
  };
}

export function webhookHeaders(n: ResidentNotification): Record<string, string> {
  // The same on every retry of one delivery, so the receiver can drop repeats.
  return { "content-type": "application/json; charset=utf-8", "idempotency-key": n.id, "user-agent": "tonglan-notifier" };
}

/** 4xx is the receiver refusing this request for good, except for the ones that mean "later". */
export function isPermanentStatus(status: number): boolean {
  return status >= 400 && status < 500 && status !== 408 && status !== 425 && status !== 429;
}

/** POSTs each notification as JSON; timeouts, 5xx and 429 are retried by the queue, other 4xx are not. */
export function createWebhookNotifier(options: WebhookOptions): Notifier {
  const send = options.fetch ?? fetch;
  return {
    async send(notification) {
      const response = await send(options.url, {
        method: "POST",
        headers: webhookHeaders(notification),
        body: JSON.stringify(webhookBody(notification)),
        redirect: "error",
        signal: AbortSignal.timeout(options.timeoutMs),
      });
      await response.body?.cancel();
      if (response.ok) return;
      const problem = `notification webhook answered ${response.status}`;
      throw isPermanentStatus(response.status) ? new PermanentDeliveryError(problem) : new Error(problem);
    },
  };
}
