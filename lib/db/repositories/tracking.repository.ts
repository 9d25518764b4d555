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
export interface NotificationTarget {
  caseId: string;
  code: string;
  reporterId: string | null;
  /** The idempotency key of the case's first report, from which its tracking link is derived. */
  idempotencyKey: string;
}

/** Who to tell about each case, with what their tracking link derives from; unknown cases are left out. */
export async function findNotificationTargets(db: Kysely<Database>, caseIds: readonly string[]): Promise<NotificationTarget[]> {
  if (caseIds.length === 0) return [];
  const rows = await db
    .selectFrom("cases")
    .innerJoin("events", "events.case_id", "cases.id")
    .select(["cases.id", "cases.code", "cases.reporter_id", "events.idempotency_key", "events.received_at"])
    .where("cases.id", "in", caseIds)
    .execute();
  const first = new Map<string, (typeof rows)[number]>();
  for (const row of rows) {
    const seen = first.get(row.id);
    if (!seen || new Date(row.received_at) < new Date(seen.received_at)) first.set(row.id, row);
  }
  return [...first.values()].map((r) => ({ caseId: r.id, code: r.code, reporterId: r.reporter_id, idempotencyKey: r.idempotency_key }));
}

/** Of the token hashes asked about, those stored as tracking links, each with the case it opens. */
export async function storedTrackingLinks(db: Kysely<Database>, tokenHashes: readonly string[]): Promise<Map<string, string>> {
  if (tokenHashes.length === 0) return new Map();
  const rows = await db.selectFrom("tracking_links").select(["token_hash", "case_id"]).where("token_hash", "in", tokenHashes).execute();
  return new Map(rows.map((r) => [r.token_hash, r.case_id]));
}
