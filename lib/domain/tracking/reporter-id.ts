const ANONYMOUS = "anonymous:";

/** Who reported: the signed-in user, or an anonymous reporter known only by their event. */
export function reporterIdFor(userId: string | null, eventId: string): string {
  return userId ?? `${ANONYMOUS}${eventId}`;
}

/** A reporter with an account, who may also be reached in their socket room. */
export function isSignedInReporter(reporterId: string): boolean {
  return !reporterId.startsWith(ANONYMOUS);
}
