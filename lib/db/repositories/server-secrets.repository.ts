import type { Kysely } from "kysely";
import type { Database } from "../schema";

/** The stored secret `name`, created from `generate()` if none is; processes starting together agree on one. */
export async function loadOrCreateSecret(db: Kysely<Database>, name: string, generate: () => string): Promise<string> {
  await db
    .insertInto("server_secrets")
    .values({ name, value: generate() })
    .onConflict((oc) => oc.column("name").doNothing())
    .execute();
  const row = await db.selectFrom("server_secrets").select("value").where("name", "=", name).executeTakeFirstOrThrow();
  return row.value;
}
