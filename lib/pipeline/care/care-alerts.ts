import type { CareAlertDetail, CareAlertSummary, CareAlertView, CareOutcomeInput } from "@/lib/contracts/care";
import {
  findCareAlert,
  findHousehold,
  careAlertsOfCase,
  listOpenCareAlerts,
  recordAlertOutcome,
  saveModelState,
  type CareAlertRow,
} from "@/lib/db/repositories/care.repository";
import { findCaseSummary } from "@/lib/db/repositories/cases.repository";
import { canMaintainHousehold, canSeeHousehold } from "@/lib/domain/care-registry/household-visibility";
import type { PipelineContext } from "../pipeline-context";
import { feedBackFalseAlarm, readCareModelState } from "./care-model-adapter";
import { householdViewFor, type CareViewer } from "./household-view";

type Ctx = Pick<PipelineContext, "db" | "clock">;

function alertView(row: CareAlertRow, gridCell: string): CareAlertView {
  return {
    id: row.id,
    householdId: row.household_id,
    kind: row.kind as CareAlertView["kind"],
    raisedAt: new Date(row.raised_hour * 3_600_000).toISOString(),
    seen: row.seen,
    caseId: row.case_id,
    outcome: row.outcome as CareAlertView["outcome"],
    outcomeNote: row.outcome_note,
    gridCell,
  };
}

export type CareAlertOutcome<T> = { ok: true; value: T } | { ok: false; status: 403 | 404 | 409; code: string; message: string };

/** An alert with its household, as this viewer may see it. */
export async function loadCareAlertFor(ctx: Ctx, id: string, viewer: CareViewer): Promise<CareAlertOutcome<CareAlertDetail>> {
  const alert = await findCareAlert(ctx.db, id);
  const record = alert ? await findHousehold(ctx.db, alert.household_id, ctx.clock()) : null;
  if (!alert || !record) return { ok: false, status: 404, code: "not_found", message: `no care alert ${id}` };
  return { ok: true, value: { alert: alertView(alert, record.row.grid_cell), household: householdViewFor(record, viewer) } };
}

/**
 * Open alerts of the households this viewer sees whole (a grid worker: their grid's; the desk: all), or, given a
 * case, that case's alert whatever came of it.
 */
export async function listCareAlertsFor(ctx: Ctx, viewer: CareViewer, query: { caseId?: string } = {}): Promise<CareAlertView[]> {
  const rows = query.caseId ? await careAlertsOfCase(ctx.db, query.caseId) : await listOpenCareAlerts(ctx.db);
  return rows
    .filter((r) => canSeeHousehold(viewer.actor, viewer.grid, { gridWorkerId: r.grid_worker_id, gridCell: r.grid_cell }))
    .map((r) => alertView(r, r.grid_cell));
}

/** Open care alerts as counts per grid cell: what the wall screen shows, to anyone who may see the screen. */
export async function countOpenCareAlerts(ctx: Ctx): Promise<CareAlertSummary> {
  const rows = await listOpenCareAlerts(ctx.db);
  const byCell = new Map<string, number>();
  for (const r of rows) if (r.kind === "alert") byCell.set(r.grid_cell, (byCell.get(r.grid_cell) ?? 0) + 1);
  return {
    open: rows.filter((r) => r.kind === "alert").length,
    meterFaults: rows.filter((r) => r.kind === "meter_fault").length,
    cells: [...byCell].map(([cell, count]) => ({ cell, count })).sort((a, b) => b.count - a.count || a.cell.localeCompare(b.cell)),
  };
}

/**
 * What the worker found: safe, needed help, hospital, or a false alarm with its reason, recorded once. A false
 * alarm is fed back to the household's model, which makes its next alert harder to raise.
 */
export async function recordCareOutcome(ctx: Ctx, id: string, input: CareOutcomeInput, viewer: CareViewer): Promise<CareAlertOutcome<CareAlertDetail>> {
  const alert = await findCareAlert(ctx.db, id);
  const record = alert ? await findHousehold(ctx.db, alert.household_id, ctx.clock()) : null;
  if (!alert || !record) return { ok: false, status: 404, code: "not_found", message: `no care alert ${id}` };
  const assignee = alert.case_id ? (await findCaseSummary(ctx.db, alert.case_id))?.assigneeId : null;
  const scope = { gridWorkerId: record.row.grid_worker_id, gridCell: record.row.grid_cell };
  const assigned = viewer.actor.workerId !== undefined && viewer.actor.workerId === assignee;
  if (!assigned && !canMaintainHousehold(viewer.actor, viewer.grid, scope)) {
    return { ok: false, status: 403, code: "forbidden", message: "this alert is outside your scope" };
  }
  const at = ctx.clock();
  const stored = await recordAlertOutcome(
    ctx.db,
    id,
    { outcome: input.outcome, note: input.reason, by: viewer.actor.id, at },
    { householdId: record.row.id, actor: viewer.actor.id, action: `outcome:${input.outcome}`, fields: ["alerts"], at },
  );
  if (!stored) return { ok: false, status: 409, code: "already_recorded", message: "this alert's outcome is already recorded" };
  if (input.outcome === "false_alarm") await saveModelState(ctx.db, record.row.id, feedBackFalseAlarm(readCareModelState(record.row.model_state)));
  return loadCareAlertFor(ctx, id, viewer);
}
