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
}

/** A session token → who is acting; null when the token is unknown or its session expired. Using a session extends it. */
export async function resolveSession(db: Kysely<Database>, token: string, now: Date): Promise<ResolvedSession | null> {
  const tokenHash = hashSessionToken(token);
  const row = await findLiveSession(db, tokenHash, now);
  if (!row) return null;
  if (needsTouch(row.last_seen_at, now)) await touchSession(db, tokenHash, now, sessionExpiry(row.session_created_at, now));
  const user = toSessionUser(row);
  return { user, actor: actorOfUser(user) };
}
