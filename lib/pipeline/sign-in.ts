import type { Kysely } from "kysely";
import type { SessionUser, SignInRequest } from "@/lib/contracts/identity";
import { deleteExpiredSessions, insertSession } from "@/lib/db/repositories/sessions.repository";
import { findUserByUsername, toSessionUser } from "@/lib/db/repositories/users.repository";
import type { Database } from "@/lib/db/schema";
import { decoyHash, verifyPassword } from "@/lib/domain/identity/password";
import { sessionExpiry } from "@/lib/domain/identity/session-lifetime";
import { hashSessionToken, newSessionToken } from "@/lib/domain/identity/session-token";

export type SignInOutcome = { ok: true; token: string; user: SessionUser; expiresAt: Date } | { ok: false };

/**
 * Checks a username and password and opens a session. An unknown username costs as much time as a
 * wrong password and gets the same answer, so neither tells which usernames exist.
 */
export async function signIn(db: Kysely<Database>, request: SignInRequest, now: Date): Promise<SignInOutcome> {
  const row = await findUserByUsername(db, request.username);
  const verified = await verifyPassword(request.password, row?.password_hash ?? (await decoyHash()));
  if (!row || !verified) return { ok: false };

  const token = newSessionToken();
  const expiresAt = sessionExpiry(now, now);
  await deleteExpiredSessions(db, row.id, now);
  await insertSession(db, { tokenHash: hashSessionToken(token), userId: row.id, createdAt: now, expiresAt });
  return { ok: true, token, user: toSessionUser(row), expiresAt };
}
