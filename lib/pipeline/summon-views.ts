import type { SummonView, Whistle } from "@/lib/contracts/summons";
import type { SummonRow } from "@/lib/db/repositories/summons.repository";
import type { Actor } from "@/lib/domain/cases/case-rules";
import { visibleText } from "@/lib/domain/identity/visible-text";
import { summonedStatus } from "@/lib/domain/summons/summon-rules";

const iso = (d: Date | string) => new Date(d).toISOString();
const date = (d: Date | string | null) => (d === null ? null : new Date(d));

/** Groups joined summons rows into one view per summons, each department with its report-in status. */
export function toSummonViews(rows: readonly SummonRow[], now: Date): SummonView[] {
  const views = new Map<string, SummonView>();
  for (const row of rows) {
    let view = views.get(row.id);
    if (!view) {
      view = {
        id: row.id,
        caseId: row.case_id,
        caseCode: row.case_code,
        caseCategory: row.case_category,
        caseDepartment: row.case_department,
        whistle: row.whistle as Whistle,
        summonedBy: row.summoned_by,
        reason: row.reason,
        createdAt: iso(row.created_at),
        ackDueAt: iso(row.ack_due_at),
        departments: [],
      };
      views.set(row.id, view);
    }
    view.departments.push({
      department: row.department,
      status: summonedStatus({ acknowledgedAt: date(row.acknowledged_at), missedAt: date(row.missed_at) }, new Date(row.ack_due_at), now),
      acknowledgedAt: row.acknowledged_at === null ? null : iso(row.acknowledged_at),
      acknowledgedBy: row.acknowledged_by,
      score: row.score,
    });
  }
  return [...views.values()];
}

/** Summonses as `viewer` may read them: numbers typed into the reason follow the reporter's phone's rule. */
export function summonViewsSeenBy(viewer: Actor, views: readonly SummonView[]): SummonView[] {
  return views.map((view) => {
    const reason = visibleText(view.reason, viewer, { ownerId: null });
    return reason === view.reason ? view : { ...view, reason };
  });
}
