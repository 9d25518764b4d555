import type { ResidentNotification } from "@/lib/contracts/notification";

export interface Recipient {
  /** The reporter's account, when they reported signed in; anonymous reporters have none. */
  userId: string | null;
}

/** One way of telling a reporter about a step of their case. Throws when delivery should be retried. */
export interface Notifier {
  send(notification: ResidentNotification, to: Recipient): Promise<void>;
}

/** A delivery that will never succeed however often it is retried, e.g. a webhook refusing the request. */
export class PermanentDeliveryError extends Error {
  override name = "PermanentDeliveryError";
}

/** Several notifiers, in order; the first failure stops the rest so a retry tries them all again. */
export function allOf(notifiers: readonly Notifier[]): Notifier {
  return {
    async send(notification, to) {
      for (const notifier of notifiers) await notifier.send(notification, to);
    },
  };
}
