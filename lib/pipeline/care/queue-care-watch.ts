import type { Kysely } from "kysely";
import type { Database } from "@/lib/db/schema";
import { householdIdsOfMeters } from "@/lib/db/repositories/care.repository";

/**
 * Readings of smart meters came in: the households they belong to are queued for the care watch, which judges
 * their complete hours in the background (the readings endpoint only looks the households up and queues them).
 */
export async function queueCareWatch(
  db: Kysely<Database>,
  sensorIds: readonly string[],
  enqueue: (householdIds: readonly string[]) => Promise<void>,
): Promise<void> {
  const households = await householdIdsOfMeters(db, sensorIds);
  if (households.length > 0) await enqueue(households);
}
