import type { Kysely } from "kysely";
import type { DemoUser } from "@/lib/city/demo-user";
import { hashPassword } from "@/lib/domain/identity/password";
import { existingUsernames, insertUsers } from "./repositories/users.repository";
import type { Database } from "./schema";

export interface SeedOptions {
  /**
   * One hash for every new account instead of one salt each. Only for accounts whose password is
   * published anyway (the simulator's hundreds): a salt protects a secret, and hashing each would
   * cost seconds at start.
   */
  shareOneHash?: boolean;
}

/**
 * Creates the demo accounts that do not exist yet, each with its own salt unless told otherwise.
 * Accounts already there are kept as they are (a changed password survives a restart); only new
 * ones pay for hashing.
 */
export async function seedDemoUsers(db: Kysely<Database>, users: readonly DemoUser[], password: string, options: SeedOptions = {}): Promise<void> {
  const existing = await existingUsernames(db, users.map((u) => u.username));
  const missing = users.filter((u) => !existing.has(u.username));
  if (missing.length === 0) return;
  const shared = options.shareOneHash ? hashPassword(password) : null;
  const rows = await Promise.all(
    missing.map(async (u) => ({
      id: u.id,
      username: u.username,
      display_name: u.displayName,
      role: u.role,
      password_hash: await (shared ?? hashPassword(password)),
      department: u.department ?? null,
      worker_id: u.workerId ?? null,
      phone: u.phone ?? null,
      community_cells: [...(u.communityCells ?? [])],
    })),
  );
  await insertUsers(db, rows);
}
