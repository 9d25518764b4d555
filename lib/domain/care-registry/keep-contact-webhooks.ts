import type { FamilyContact } from "@/lib/contracts/care";

/**
 * A changed contact list as a page sends it, without webhooks (views never show them): each contact that still
 * has the phone of a stored one keeps that one's webhook unless it names its own, so editing a name or adding a
 * contact does not silently cut a family off from its alerts.
 */
export function keepContactWebhooks(stored: readonly FamilyContact[], next: readonly FamilyContact[]): FamilyContact[] {
  const webhookByPhone = new Map(stored.flatMap((c) => (c.webhookUrl ? [[c.phone, c.webhookUrl] as const] : [])));
  return next.map((c) => {
    const kept = c.webhookUrl ?? webhookByPhone.get(c.phone);
    return kept ? { ...c, webhookUrl: kept } : c;
  });
}
