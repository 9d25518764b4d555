/** A fresh Idempotency-Key for one patrol report; getRandomValues works on plain-http intranet addresses too. */
export function newPatrolKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `patrol-${Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")}`;
}
