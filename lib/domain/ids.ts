import { createHash } from "node:crypto";

/** A UUID (version-5 layout) derived from a name: the same input always gives the same id. */
function nameBasedUuid(namespace: string, name: string): string {
  const hash = createHash("sha1").update(`${namespace}:${name}`).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Retries of one report carry the same idempotency key, so they map to the same event id. */
export function eventIdForKey(idempotencyKey: string): string {
  return nameBasedUuid("tonglan:event", idempotencyKey);
}

export function caseIdForEvent(eventId: string): string {
  return nameBasedUuid("tonglan:case", eventId);
}

/** The one summons the catalogue's automatic rule raises for a case, however often intake reruns. */
export function automaticSummonIdFor(caseId: string): string {
  return nameBasedUuid("tonglan:auto-summons", caseId);
}

/** The summons one escalation step of a care alert raises, once however often its check runs. */
export function careEscalationSummonIdFor(alertId: string, step: number): string {
  return nameBasedUuid("tonglan:care-escalation", `${alertId}:${step}`);
}

/** A demo care household's id from its meter number, so a demo city seeds the same ids every time. */
export function demoCareHouseholdIdFor(number: number): string {
  return nameBasedUuid("tonglan:demo-care-household", String(number));
}

/** A resource's id from its code (SH-0001), so a demo city seeds the same ids every time. */
export function resourceIdForCode(code: string): string {
  return nameBasedUuid("tonglan:resource", code);
}

/** BullMQ job ids may not contain ':'; a hex digest is safe and bounded in length. */
export function jobIdFor(kind: string, id: string): string {
  return `${kind}-${createHash("sha1").update(id).digest("hex").slice(0, 32)}`;
}

/**
 * The job id of items that travel together: an item's own when alone, so asking for it again while
 * its job is known adds nothing, otherwise one derived from all of theirs, so the same set asked for
 * twice is one job.
 */
export function jobIdForSet(kind: string, ids: readonly string[]): string {
  const [only] = ids;
  if (only !== undefined && ids.length === 1) return jobIdFor(kind, only);
  return jobIdFor(`${kind}-set`, [...ids].sort().join(" "));
}

/** A forecast's id from what makes it unique (source, storm, issue instant), so a resend maps to the same id. */
export function forecastIdFor(source: string, stormId: string, issuedAtMs: number): string {
  return nameBasedUuid("tonglan:forecast", JSON.stringify([source, stormId, issuedAtMs]));
}
