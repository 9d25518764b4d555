import type { Kysely } from "kysely";
import { findTrackedCaseById, type TrackedCase } from "@/lib/db/repositories/tracking.repository";
import type { Database } from "@/lib/db/schema";

// A merge needs an open target, so chains stay short; the bound only guards against bad data.
const MAX_HOPS = 8;

/** The reported case, then each case it was merged into, ending with the one that carries it now. */
export async function carryingChain(db: Kysely<Database>, reported: TrackedCase): Promise<TrackedCase[]> {
  const chain = [reported];
  let current = reported;
  while (current.stage === "merged" && current.merged_into && chain.length <= MAX_HOPS) {
    const next = await findTrackedCaseById(db, current.merged_into);
    if (!next || chain.some((c) => c.id === next.id)) break;
    chain.push(next);
    current = next;
  }
  return chain;
}
