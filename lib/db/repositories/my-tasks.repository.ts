import { sql, type Kysely } from "kysely";
import type { CaseSummary } from "@/lib/contracts/case-summary";
import type { Stage } from "@/lib/contracts/stage";
import type { TaskTimes } from "@/lib/domain/tasks/task-deadline";
import type { Database } from "../schema";
import { caseSummaryQuery, toSummary } from "./cases.repository";

export type TaskScope = { workerId: string; stages: readonly Stage[] } | { department: string; stages: readonly Stage[] };

export interface TaskRow {
  summary: CaseSummary;
  times: TaskTimes;
}

const asDate = (value: Date | string | null) => (value === null ? null : new Date(value));

/** Open cases of one worker or one department, with the times their SLA clocks start from. */
export async function listTaskRows(db: Kysely<Database>, scope: TaskScope, limit: number): Promise<TaskRow[]> {
  let query = caseSummaryQuery(db)
    .select([
      "cases.signed_for_at",
      "cases.arrived_at",
      sql<Date | null>`(SELECT max(h.at) FROM case_history h WHERE h.case_id = cases.id AND h.to_stage = 'reopened')`.as("reopened_at"),
    ])
    .where("cases.stage", "in", scope.stages);
  query = "workerId" in scope ? query.where("cases.assignee_id", "=", scope.workerId) : query.where("cases.department", "=", scope.department);
  const rows = await query.orderBy("cases.created_at", "desc").limit(limit).execute();
  return rows.map((row) => {
    const summary = toSummary(row);
    return {
      summary,
      times: {
        stage: summary.stage,
        createdAt: new Date(summary.createdAt),
        dispatchedAt: asDate(summary.dispatchedAt),
        signedForAt: asDate(row.signed_for_at),
        arrivedAt: asDate(row.arrived_at),
        reopenedAt: asDate(row.reopened_at),
      },
    };
  });
}
