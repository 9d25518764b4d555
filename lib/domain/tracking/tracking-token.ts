import { createHash, createHmac, randomBytes } from "node:crypto";

/**
 * The private tracking token of one report: an HMAC of its idempotency key and reporter under the
 * server's secret, so a retried post gets the same link back without the token ever being stored,
 * and a signed-in reporter's link cannot be had by someone else who only knows the key.
 */
export function trackingToken(secret: string, idempotencyKey: string, reporterId: string): string {
  // Neither part may contain a newline (keys are [A-Za-z0-9._:-]), so the message is unambiguous.
  return createHmac("sha256", secret).update(`tracking\n${idempotencyKey}\n${reporterId}`).digest("base64url");
}

/** What the database keeps instead of the token. */
export function hashTrackingToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function trackingPath(token: string): string {
  return `/track/${token}`;
}

/** The whole link when the site's public address is known, else the path the 202 answer gives. */
export function trackingUrl(token: string, publicBaseUrl?: string): string {
  return publicBaseUrl ? `${publicBaseUrl.replace(/\/+$/, "")}${trackingPath(token)}` : trackingPath(token);
}

/** A fresh secret for a deployment that configured none: 256 random bits. */
export function newTrackingSecret(): string {
  return randomBytes(32).toString("base64url");
}
