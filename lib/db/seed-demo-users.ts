import type { Kysely } from "kysely";
import type { DemoUser } from "@/lib/city/demo-user";
import { hashPassword } from "@/lib/domain/identity/password";
import { existingUsernames, insertUsers } from "./repositories/users.repository";
import type { Database } from "./schema";

/**
 * Creates the demo accounts that do not exist yet, each with its own salt. Accounts already there are
 * kept as they are (a changed password survives a restart); only new ones pay for hashing.
 */
export async function seedDemoUsers(db: Kysely<Database>, users: readonly DemoUser[], password: string): Promise<void> {
  const existing = await existingUsernames(db, users.map((u) => u.username));
  const missing = users.filter((u) => !existing.has(u.username));
  const rows = await Promise.all(
    missing.map(async (u) => ({
      id: u.id,
      username: u.username,
      display_name: u.displayName,
      role: u.role,
      password_hash: await hashPassword(password),
      department: u.department ?? null,
      worker_id: u.workerId ?? null,
      phone: u.phone ?? null,
    })),
  );
  await insertUsers(db, rows);
}
