import { randomUUID } from "node:crypto";
import { cellToLatLng } from "h3-js";
import type { FamilyContact } from "@/lib/contracts/care";
import type { ResidentNotification } from "@/lib/contracts/notification";
import { insertCareAlert, setAlertCase, type HouseholdRecord } from "@/lib/db/repositories/care.repository";
import { describeCareAlert, describeMeterFault } from "@/lib/domain/care-registry/describe-care-alert";
import { streetOfAddress } from "@/lib/domain/care-registry/personal-data-masks";
import { METER_SILENT_AFTER_HOURS } from "@/lib/domain/care/meter-silence";
import { eventIdForKey } from "@/lib/domain/ids";
import { autoAssign } from "../auto-assign";
import type { PipelineContext } from "../pipeline-context";
import { recordEvents } from "../record-events";
import type { CareModelEvent } from "./care-model-adapter";

export const CARE_ALERT_CATEGORY = "elderly_alone_anomaly";
export const METER_FAULT_CATEGORY = "meter_fault";

export interface CareAlertDeps {
  /** Tells one family contact about an alert: their own webhook, or the city's notifier. Throws to be retried. */
  notifyFamily(contact: FamilyContact, notification: ResidentNotification): Promise<void>;
  /** Asks for the escalation check of an alert's case at `dueAt` (see escalate-care-alert.ts). */
  scheduleEscalation(alertId: string, step: number, dueAt: Date): Promise<void>;
}

/** Minutes (SLA minutes) the grid worker has to sign for a care case before it escalates to the community. */
export const CARE_ESCALATION_MINUTES = 10;

/**
 * One event the model raised: stored once per household, kind and hour; opened as a case through intake under a
 * key of its own (so a retry opens nothing twice). An alert's case goes straight to the household's own grid
 * worker (to whoever is nearest only when that worker is off duty or full), the family is told, and the escalation
 * clock starts; a meter fault's case waits at the desk for maintenance. The case carries the grid cell's centre
 * and no name: it is seen on screens by people who may not see the household.
 */
export async function raiseCareEvent(ctx: PipelineContext, deps: CareAlertDeps, record: HouseholdRecord, event: CareModelEvent): Promise<void> {
  const { row } = record;
  const now = ctx.clock();
  const seen = event.kind === "alert" ? describeCareAlert(event.evidence, now) : describeMeterFault(event.meters, METER_SILENT_AFTER_HOURS);
  const alert = await insertCareAlert(ctx.db, { id: randomUUID(), household_id: row.id, kind: event.kind, raised_hour: event.hour, seen, created_at: now });
  const key = `care-${event.kind === "alert" ? "alert" : "meter"}:${alert.id}`;
  const [lat, lng] = cellToLatLng(row.grid_cell);
  const [recorded] = await recordEvents(
    [
      {
        eventId: eventIdForKey(key),
        idempotencyKey: key,
        receivedAt: now.toISOString(),
        report: {
          id: key,
          channel: "sensor",
          category: event.kind === "alert" ? CARE_ALERT_CATEGORY : METER_FAULT_CATEGORY,
          description: `登记关怀户 ${row.id.slice(0, 8)}：${seen}`,
          location: { lat, lng },
          occurredAt: new Date(event.hour * 3_600_000).toISOString(),
        },
      },
    ],
    ctx,
    // Left accepted: the household's own grid worker takes it below, not whoever intake finds nearest.
    { dispatchNow: false },
  );
  if (!recorded) throw new Error(`care event of household ${row.id} opened no case`);
  if (alert.case_id === null) await setAlertCase(ctx.db, alert.id, recorded.caseId);
  if (event.kind !== "alert") return;

  const assigned = await autoAssign(ctx, {
    current: recorded.summary,
    workerId: row.grid_worker_id,
    travelMeters: 0,
    sameGrid: true,
    reason: { care: "the household's own grid worker" },
  });
  if (assigned === "worker_unavailable") await ctx.enqueueDispatch({ caseId: recorded.caseId, caseVersion: recorded.summary.version });
  await deps.scheduleEscalation(alert.id, 1, new Date(now.getTime() + CARE_ESCALATION_MINUTES * ctx.slaMinuteMs));
  await notifyFamily(deps, record, alert.id, recorded.summary, seen, now);
}

async function notifyFamily(
  deps: CareAlertDeps,
  { row }: HouseholdRecord,
  alertId: string,
  summary: { id: string; code: string; stage: ResidentNotification["stage"] },
  seen: string,
  now: Date,
): Promise<void> {
  const contacts = row.family_contacts as FamilyContact[];
  const place = streetOfAddress(row.address);
  const failures: string[] = [];
  for (const [index, contact] of contacts.entries()) {
    const notification: ResidentNotification = {
      id: `care-${alertId}-${index}`,
      caseId: summary.id,
      caseCode: summary.code,
      stage: summary.stage,
      notice: "received",
      message: {
        zh: `【社区关怀】您登记的家人（${place}）水电使用异常：${seen}。网格员已收到工单前往查看，请尽快联系家人。`,
        en: `[Community care] Your family member's home (${place}) shows unusual water and power use. The grid worker has been sent; please try to reach them.`,
      },
      at: now.toISOString(),
    };
    try {
      await deps.notifyFamily(contact, notification);
    } catch (error) {
      failures.push(`contact ${index}: ${(error as Error).message}`);
    }
  }
  // Every contact was tried; a retry sends each again under the same id, which receivers drop as a repeat.
  if (failures.length > 0) throw new Error(`family notification failed (${failures.join("; ")})`);
}
