import type { CaseDetail } from "@/lib/contracts/case-detail";
import type { Rating } from "@/lib/contracts/case-action";
import { isRole } from "@/lib/contracts/roles";
import type { Stage } from "@/lib/contracts/stage";
import { findCaseOutcome, findReporter, listHistory } from "@/lib/db/repositories/case-detail.repository";
import { findCaseFacts } from "@/lib/db/repositories/case-actions.repository";
import { findCaseSummary } from "@/lib/db/repositories/cases.repository";
import { displayNamesOf } from "@/lib/db/repositories/users.repository";
import { canView, type Actor } from "@/lib/domain/cases/case-rules";
import { maskCaseSummary } from "@/lib/domain/identity/mask-case-summary";
import { canSeePhone, visiblePhone } from "@/lib/domain/identity/phone-visibility";
import { maskRecordText, visibleText } from "@/lib/domain/identity/visible-text";
import { loadCaseReports } from "./load-case-reports";
import type { PipelineContext } from "./pipeline-context";

/** The user id of a `role:userId` actor; null for `system:…` and `channel:…`. */
function userOfActor(actor: string): string | null {
  const split = actor.indexOf(":");
  return split > 0 && isRole(actor.slice(0, split)) ? actor.slice(split + 1) : null;
}

export type CaseDetailOutcome = { ok: true; detail: CaseDetail } | { ok: false; status: 403 | 404 };

/** A case with its history and every report riding on it, for someone allowed to see it; reporters' phones only for those who need them. */
export async function loadCaseDetail(ctx: Pick<PipelineContext, "db">, caseId: string, viewer: Actor): Promise<CaseDetailOutcome> {
  const facts = await findCaseFacts(ctx.db, caseId);
  if (!facts) return { ok: false, status: 404 };
  const scope = { stage: facts.stage as Stage, assigneeId: facts.assignee_id, department: facts.department, reporterId: facts.reporter_id };
  if (!canView(scope, viewer)) return { ok: false, status: 403 };
  const [summary, outcome, reporter, reports, history] = await Promise.all([
    findCaseSummary(ctx.db, caseId),
    findCaseOutcome(ctx.db, caseId),
    findReporter(ctx.db, caseId),
    loadCaseReports(ctx.db, caseId, viewer, facts.assignee_id),
    listHistory(ctx.db, caseId),
  ]);
  if (!summary) return { ok: false, status: 404 };
  const names = await displayNamesOf(ctx.db, history.flatMap((item) => userOfActor(item.actor) ?? []));
  const phoneContext = { ownerId: facts.reporter_id, assigneeWorkerId: facts.assignee_id };
  // Numbers typed into the case's text (description, notes, reasons, result) follow the phone's rule.
  const readsText = canSeePhone(viewer, phoneContext);
  return {
    ok: true,
    detail: {
      case: readsText ? summary : maskCaseSummary(summary),
      result: typeof outcome?.result === "string" ? visibleText(outcome.result, viewer, phoneContext) : null,
      rating: (outcome?.rating as Rating | null) ?? null,
      reporter: reporter && {
        name: reporter.name ?? null,
        phone: reporter.phone ? visiblePhone(reporter.phone, viewer, phoneContext) : null,
      },
      reports,
      history: history.map((item) => {
        const name = names.get(userOfActor(item.actor) ?? "");
        const shown = readsText ? item : { ...item, detail: maskRecordText(item.detail) };
        return name ? { ...shown, actorName: name } : shown;
      }),
    },
  };
}
