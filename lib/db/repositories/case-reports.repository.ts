import type { Kysely } from "kysely";
import { isUuid } from "../is-uuid";
import type { Database } from "../schema";

export interface RidingReportRow {
  case_id: string;
  code: string;
  reporter_id: string | null;
  channel: string;
  received_at: Date;
  payload: unknown;
}

/**
 * The events behind a case and behind every duplicate merged into it, at any depth, oldest first.
 * UNION (not UNION ALL) stops the walk at a case already seen.
 */
export async function listRidingReports(db: Kysely<Database>, caseId: string): Promise<RidingReportRow[]> {
  if (!isUuid(caseId)) return [];
  return db
    .withRecursive("riders(id)", (qb) =>
      qb
        .selectFrom("cases")
        .select("id")
        .where("id", "=", caseId)
        .union((eb) => eb.selectFrom("cases").innerJoin("riders", "riders.id", "cases.merged_into").select("cases.id")),
    )
    .selectFrom("riders")
    .innerJoin("cases", "cases.id", "riders.id")
    .innerJoin("events", "events.case_id", "cases.id")
    .select(["cases.id as case_id", "cases.code", "cases.reporter_id", "events.channel", "events.received_at", "events.payload"])
    .orderBy("events.received_at")
    .orderBy("events.id")
    .execute();
}
