import { findCareAlert } from "@/lib/db/repositories/care.repository";
import { findCaseSummary } from "@/lib/db/repositories/cases.repository";
import { careEscalationSummonIdFor } from "@/lib/domain/ids";
import type { PipelineContext } from "../pipeline-context";
import { summonDepartments } from "../summon-departments";
import { CARE_ESCALATION_MINUTES } from "./raise-care-event";

/** Stages in which nobody has signed for the care case yet. */
const UNSIGNED: ReadonlySet<string> = new Set(["reported", "accepted", "reopened", "dispatched"]);

/**
 * The escalation ladder of a care case nobody signed for: first the community (民政, who run elderly care in the
 * neighbourhoods), then the desk is told to call 110/120 (the emergency bureau is summoned with that advice). Each
 * step is a 吹哨 summons through the summons machinery, under an id of its own so a rerun raises it once.
 */
const steps = [
  { departments: ["civil_affairs"], reason: "独居老人关怀告警：网格员未在时限内签收，请社区（民政）立即上门查看" },
  { departments: ["emergency"], reason: "独居老人关怀告警二次升级：仍无人签收，建议调度台联系 110/120 上门" },
] as const;

export type EscalationOutcome = "signed" | "escalated" | "done";

export async function escalateCareAlert(
  ctx: PipelineContext,
  alertId: string,
  step: number,
  scheduleNext: (alertId: string, step: number, dueAt: Date) => Promise<void>,
): Promise<EscalationOutcome> {
  const alert = await findCareAlert(ctx.db, alertId);
  const rung = steps[step - 1];
  if (!alert?.case_id || !rung || alert.outcome !== null) return "done";
  const current = await findCaseSummary(ctx.db, alert.case_id);
  if (!current || !UNSIGNED.has(current.stage)) return "signed";
  const summoned = await summonDepartments(
    ctx,
    current.id,
    { whistle: "emergency", departments: [...rung.departments], reason: rung.reason },
    { role: "system", id: "care-escalation" },
    careEscalationSummonIdFor(alertId, step),
  );
  if (!summoned.ok) throw new Error(`care escalation of alert ${alertId}: ${summoned.message}`);
  if (step < steps.length) await scheduleNext(alertId, step + 1, new Date(ctx.clock().getTime() + CARE_ESCALATION_MINUTES * ctx.slaMinuteMs));
  return "escalated";
}
