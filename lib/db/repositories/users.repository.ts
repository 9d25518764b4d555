import type { Kysely } from "kysely";
import type { SessionUser } from "@/lib/contracts/identity";
import { roleSchema } from "@/lib/contracts/roles";
import type { Database, NewUser, UserRow } from "../schema";

export function toSessionUser(row: Omit<UserRow, "password_hash" | "created_at" | "community_cells">): SessionUser {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: roleSchema.parse(row.role),
    department: row.department,
    workerId: row.worker_id,
    phone: row.phone,
  };
}

export async function findUserByUsername(db: Kysely<Database>, username: string): Promise<UserRow | undefined> {
  return db.selectFrom("users").selectAll().where("username", "=", username).executeTakeFirst();
}

/** Which of `usernames` already have an account. */
export async function existingUsernames(db: Kysely<Database>, usernames: readonly string[]): Promise<Set<string>> {
  if (usernames.length === 0) return new Set();
  const rows = await db.selectFrom("users").select("username").where("username", "in", usernames).execute();
  return new Set(rows.map((r) => r.username));
}

/** Inserts users; one whose id, username or worker already has an account is skipped. */
export async function insertUsers(db: Kysely<Database>, users: readonly NewUser[]): Promise<void> {
  if (users.length === 0) return;
  await db.insertInto("users").values([...users]).onConflict((oc) => oc.doNothing()).execute();
}

/** Display names of the users among `ids`, by id; unknown ids are left out. */
export async function displayNamesOf(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom("users").select(["id", "display_name"]).where("id", "in", [...new Set(ids)]).execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}
