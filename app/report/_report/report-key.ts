/**
 * A fresh Idempotency-Key for one report form: every retry of that form sends it again, so a double
 * tap or a lost answer makes one case. Built from getRandomValues, which (unlike randomUUID) also
 * works on plain http, as a phone on the local network opens the demo.
 */
export function newReportKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `report-${Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")}`;
}
