import type { Transaction } from "kysely";
import type { Database } from "../schema";

/** Takes one load slot of a worker who is on duty and under their limit; false when they are not. */
export async function claimWorkerSlot(tx: Transaction<Database>, workerId: string): Promise<boolean> {
  const claimed = await tx
    .updateTable("workers")
    .set((eb) => ({ load: eb("load", "+", 1), version: eb("version", "+", 1) }))
    .where("id", "=", workerId)
    .where("on_duty", "=", true)
    .where((eb) => eb("load", "<", eb.ref("max_load")))
    .returning("id")
    .executeTakeFirst();
  return claimed !== undefined;
}

/** Gives one load slot back; never below zero. */
export async function releaseWorkerSlot(tx: Transaction<Database>, workerId: string): Promise<void> {
  await tx
    .updateTable("workers")
    .set((eb) => ({ load: eb.fn("greatest", [eb.lit(0), eb("load", "-", 1)]), version: eb("version", "+", 1) }))
    .where("id", "=", workerId)
    .execute();
}
