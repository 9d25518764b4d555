import { createHash, timingSafeEqual } from "node:crypto";

const digest = (text: string) => createHash("sha256").update(text).digest();

/**
 * Whether a request's `Authorization` header carries a gateway's configured token (`Bearer <token>`).
 * Without a configured token every gateway is let in. Digests are compared so neither the token's
 * length nor its first differing byte shows in the time taken.
 */
export function gatewayTokenAccepted(configured: string | undefined, authorization: string | null): boolean {
  if (configured === undefined) return true;
  const presented = /^Bearer (\S+)$/i.exec(authorization ?? "")?.[1];
  if (presented === undefined) return false;
  return timingSafeEqual(digest(presented), digest(configured));
}
