import type { Kysely } from "kysely";
import type { Channel } from "@/lib/contracts/event-report";
import { isUuid, onlyUuids } from "../is-uuid";
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
  if (!isUuid(caseId)) return undefined;
  return db.selectFrom("cases").select(trackedColumns).where("cases.id", "=", caseId).executeTakeFirst();
}

/** Whom a notification about a case goes to, and what its tracking token was derived from. */
export interface NotificationTarget {
  caseId: string;
  code: string;
  channel: Channel;
  reporterId: string | null;
  /** The idempotency key of the case's first report, from which its tracking link is derived. */
  idempotencyKey: string;
  /** Other reports were merged into the case: their reporters are told too. */
  carriesReports: boolean;
}

/** Who to tell about each case, with what their tracking link derives from; unknown cases are left out. */
export async function findNotificationTargets(db: Kysely<Database>, ids: readonly string[]): Promise<NotificationTarget[]> {
  const caseIds = onlyUuids(ids);
  if (caseIds.length === 0) return [];
  const rows = await db
    .selectFrom("cases")
    .innerJoin("events", "events.case_id", "cases.id")
    .select(["cases.id", "cases.code", "cases.channel", "cases.reporter_id", "cases.carries_reports", "events.idempotency_key", "events.received_at"])
    .where("cases.id", "in", caseIds)
    .execute();
  const first = new Map<string, (typeof rows)[number]>();
  for (const row of rows) {
    const seen = first.get(row.id);
    if (!seen || new Date(row.received_at) < new Date(seen.received_at)) first.set(row.id, row);
  }
  return [...first.values()].map((r) => ({
    caseId: r.id,
    code: r.code,
    channel: r.channel as Channel,
    reporterId: r.reporter_id,
    idempotencyKey: r.idempotency_key,
    carriesReports: r.carries_reports,
  }));
}

/** Of the token hashes asked about, those stored as tracking links, each with the case it opens. */
export async function storedTrackingLinks(db: Kysely<Database>, tokenHashes: readonly string[]): Promise<Map<string, string>> {
  if (tokenHashes.length === 0) return new Map();
  const rows = await db.selectFrom("tracking_links").select(["token_hash", "case_id"]).where("token_hash", "in", tokenHashes).execute();
  return new Map(rows.map((r) => [r.token_hash, r.case_id]));
}

/** Of the given cases, those that other reports were merged into. */
export async function casesCarryingReports(db: Kysely<Database>, ids: readonly string[]): Promise<Set<string>> {
  const caseIds = onlyUuids(ids);
  if (caseIds.length === 0) return new Set();
  const rows = await db.selectFrom("cases").select("id").where("id", "in", caseIds).where("carries_reports", "=", true).execute();
  return new Set(rows.map((r) => r.id));
}

/** A report merged, at any depth, into a case that carries it now: told of that case's steps after `joinedAt`. */
export interface RidingTarget extends NotificationTarget {
  carrierId: string;
  joinedAt: Date;
}

/**
 * The reports riding on each given carrier (a case with `carriesReports`), at any depth, one query
 * per depth. A report joins the carrier when the case it rides on was merged into it (or it was
 * itself): a case only takes merges while open, so whatever rides on it joined earlier, and the join
 * time of the case merged directly into the carrier holds for all.
 */
export async function findRidingTargets(db: Kysely<Database>, carrierIds: readonly string[]): Promise<RidingTarget[]> {
  const joined = new Map<string, { carrierId: string; joinedAt: Date }>();
  const ridersOf = (ids: readonly string[]) => {
    const caseIds = onlyUuids(ids);
    return caseIds.length === 0
      ? Promise.resolve([])
      : db.selectFrom("cases").select(["id", "merged_into", "merged_at"]).where("merged_into", "in", caseIds).execute();
  };
  let level = (await ridersOf(carrierIds)).flatMap((row) =>
    row.merged_into && row.merged_at ? [{ id: row.id, carrierId: row.merged_into, joinedAt: new Date(row.merged_at) }] : [],
  );
  while (level.length > 0) {
    for (const rider of level) joined.set(rider.id, rider);
    const parents = new Map(level.map((rider) => [rider.id, rider]));
    level = (await ridersOf([...parents.keys()])).flatMap((row) => {
      const parent = row.merged_into ? parents.get(row.merged_into) : undefined;
      return parent && !joined.has(row.id) ? [{ id: row.id, carrierId: parent.carrierId, joinedAt: parent.joinedAt }] : [];
    });
  }
  const targets = await findNotificationTargets(db, [...joined.keys()]);
  return targets.flatMap((target) => {
    const rider = joined.get(target.caseId);
    return rider ? [{ ...target, carrierId: rider.carrierId, joinedAt: rider.joinedAt }] : [];
  });
}
