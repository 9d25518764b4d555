import type { Kysely } from "kysely";
import type { Database } from "../schema";

const trackedColumns = [
  "cases.id",
  "cases.code",
  "cases.category",
  "cases.stage",
  "cases.description",
  "cases.lat",
  "cases.lng",
  "cases.created_at",
  "cases.version",
  "cases.result",
  "cases.rating",
  "cases.reporter_id",
  "cases.merged_into",
] as const;

/** The case a tracking token opens, with what its reporter may see of it. */
export async function findTrackedCase(db: Kysely<Database>, tokenHash: string) {
  return db
    .selectFrom("tracking_links")
    .innerJoin("cases", "cases.id", "tracking_links.case_id")
    .select(trackedColumns)
    .where("tracking_links.token_hash", "=", tokenHash)
    .executeTakeFirst();
}

export type TrackedCase = NonNullable<Awaited<ReturnType<typeof findTrackedCase>>>;

/** The same facts of a case reached otherwise: the one a tracked report was merged into. */
export async function findTrackedCaseById(db: Kysely<Database>, caseId: string) {
  return db.selectFrom("cases").select(trackedColumns).where("cases.id", "=", caseId).executeTakeFirst();
}

/** Whom a notification about a case goes to, and what its tracking token was derived from. */
export async function findNotificationTarget(db: Kysely<Database>, caseId: string) {
  return db
    .selectFrom("cases")
    .innerJoin("events", "events.case_id", "cases.id")
    .select(["cases.code", "cases.reporter_id", "events.idempotency_key"])
    .where("cases.id", "=", caseId)
    .orderBy("events.received_at")
    .limit(1)
    .executeTakeFirst();
}

export async function hasTrackingLink(db: Kysely<Database>, caseId: string, tokenHash: string): Promise<boolean> {
  const row = await db
    .selectFrom("tracking_links")
    .select("case_id")
    .where("token_hash", "=", tokenHash)
    .where("case_id", "=", caseId)
    .executeTakeFirst();
  return row !== undefined;
}
