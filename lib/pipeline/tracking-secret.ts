import type { Kysely } from "kysely";
import { loadOrCreateSecret } from "@/lib/db/repositories/server-secrets.repository";
import type { Database } from "@/lib/db/schema";
import { newTrackingSecret } from "@/lib/domain/tracking/tracking-token";

/** TRACKING_SECRET when configured; otherwise the deployment's own, generated once and kept in the database. */
export async function resolveTrackingSecret(db: Kysely<Database>, configured: string | undefined): Promise<string> {
  return configured ?? loadOrCreateSecret(db, "tracking", newTrackingSecret);
}
