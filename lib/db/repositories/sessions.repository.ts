import type { Kysely } from "kysely";
import type { Database, UserRow } from "../schema";

export interface NewSession {
  tokenHash: string;
  userId: string;
  createdAt: Date;
  expiresAt: Date;
}

export type SessionWithUser = Omit<UserRow, "password_hash" | "created_at" | "community_cells"> & {
  session_created_at: Date;
  expires_at: Date;
  last_seen_at: Date;
};

export async function insertSession(db: Kysely<Database>, session: NewSession): Promise<void> {
  await db
    .insertInto("sessions")
    .values({
      token_hash: session.tokenHash,
      user_id: session.userId,
      created_at: session.createdAt,
      expires_at: session.expiresAt,
      last_seen_at: session.createdAt,
    })
    .execute();
}

/** The session and its user, when the session has not expired at `now`. */
export async function findLiveSession(db: Kysely<Database>, tokenHash: string, now: Date): Promise<SessionWithUser | undefined> {
  return db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .select([
      "users.id",
      "users.username",
      "users.display_name",
      "users.role",
      "users.department",
      "users.worker_id",
      "users.phone",
      "sessions.created_at as session_created_at",
      "sessions.expires_at",
      "sessions.last_seen_at",
    ])
    .where("sessions.token_hash", "=", tokenHash)
    .where("sessions.expires_at", ">", now)
    .executeTakeFirst();
}

export async function touchSession(db: Kysely<Database>, tokenHash: string, lastSeenAt: Date, expiresAt: Date): Promise<void> {
  await db
    .updateTable("sessions")
    .set({ last_seen_at: lastSeenAt, expires_at: expiresAt })
    .where("token_hash", "=", tokenHash)
    // An expired session stays expired even when a request raced its end.
    .where("expires_at", ">", lastSeenAt)
    .execute();
}

export async function deleteSession(db: Kysely<Database>, tokenHash: string): Promise<void> {
  await db.deleteFrom("sessions").where("token_hash", "=", tokenHash).execute();
}

/** Sessions of one user that can no longer be used; cleared when that user signs in again. */
export async function deleteExpiredSessions(db: Kysely<Database>, userId: string, now: Date): Promise<void> {
  await db.deleteFrom("sessions").where("user_id", "=", userId).where("expires_at", "<=", now).execute();
}
