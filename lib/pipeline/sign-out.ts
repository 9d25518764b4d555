import type { Kysely } from "kysely";
import { deleteSession } from "@/lib/db/repositories/sessions.repository";
import type { Database } from "@/lib/db/schema";
import { hashSessionToken } from "@/lib/domain/identity/session-token";

/** Ends a session for good: the same token is never accepted again. */
export async function signOut(db: Kysely<Database>, token: string): Promise<void> {
  await deleteSession(db, hashSessionToken(token));
}
