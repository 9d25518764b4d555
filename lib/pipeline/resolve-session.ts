import type { Kysely } from "kysely";
import type { SessionUser } from "@/lib/contracts/identity";
import { findLiveSession, touchSession } from "@/lib/db/repositories/sessions.repository";
import { toSessionUser } from "@/lib/db/repositories/users.repository";
import type { Database } from "@/lib/db/schema";
import type { Actor } from "@/lib/domain/cases/case-rules";
import { actorOfUser } from "@/lib/domain/identity/actor-of-user";
import { needsTouch, sessionExpiry } from "@/lib/domain/identity/session-lifetime";
import { hashSessionToken } from "@/lib/domain/identity/session-token";

export interface ResolvedSession {
  user: SessionUser;
  actor: Actor;
  /** The stored hash of the token: names the session (its socket room) without being able to sign in. */
  sessionId: string;
  expiresAt: Date;
}

/**
 * A session token → who is acting; null when the token is unknown or its session expired. Using a
 * session extends it, unless `extend` is false: an open socket re-checking its session is not a use.
 */
export async function resolveSession(db: Kysely<Database>, token: string, now: Date, { extend = true } = {}): Promise<ResolvedSession | null> {
  const tokenHash = hashSessionToken(token);
  const row = await findLiveSession(db, tokenHash, now);
  if (!row) return null;
  let expiresAt = row.expires_at;
  if (extend && needsTouch(row.last_seen_at, now)) {
    expiresAt = sessionExpiry(row.session_created_at, now);
    await touchSession(db, tokenHash, now, expiresAt);
  }
  const user = toSessionUser(row);
  return { user, actor: actorOfUser(user), sessionId: tokenHash, expiresAt };
}
