import { randomUUID } from "node:crypto";
import type { AbsenceInput, HouseholdView } from "@/lib/contracts/care";
import { endAbsenceAt, findHousehold, insertAbsence } from "@/lib/db/repositories/care.repository";
import { canMaintainHousehold } from "@/lib/domain/care-registry/household-visibility";
import type { PipelineContext } from "../pipeline-context";
import { forbidden, loadHouseholdFor, missing, unprocessable, type RegistryOutcome } from "./household-registry";
import type { CareViewer } from "./household-view";

type Ctx = Pick<PipelineContext, "db" | "clock" | "reference">;

async function maintainable(ctx: Ctx, id: string, viewer: CareViewer): Promise<RegistryOutcome<null>> {
  const record = await findHousehold(ctx.db, id, ctx.clock());
  if (!record) return missing(id);
  const scope = { gridWorkerId: record.row.grid_worker_id, gridCell: record.row.grid_cell };
  return canMaintainHousehold(viewer.actor, viewer.grid, scope) ? { ok: true, value: null } : forbidden;
}

/** "Away until …" or a hospital stay, from now unless it says when it starts; alerts are suppressed meanwhile. */
export async function announceAbsence(ctx: Ctx, id: string, input: AbsenceInput, viewer: CareViewer): Promise<RegistryOutcome<HouseholdView>> {
  const allowed = await maintainable(ctx, id, viewer);
  if (!allowed.ok) return allowed;
  const at = ctx.clock();
  const startsAt = input.startsAt ? new Date(input.startsAt) : at;
  const endsAt = new Date(input.endsAt);
  if (endsAt <= startsAt) return unprocessable("endsAt", "the absence must end after it starts");
  await insertAbsence(
    ctx.db,
    { id: randomUUID(), household_id: id, reason: input.reason, starts_at: startsAt, ends_at: endsAt, note: input.note, created_by: viewer.actor.id, created_at: at },
    { householdId: id, actor: viewer.actor.id, action: "absence", fields: ["absences"], at },
  );
  return loadHouseholdFor(ctx, id, viewer);
}

/**
 * The resident is back early: a running absence ends now (watching resumes from this hour), one not begun yet is
 * withdrawn. Audited; an absence already over is a conflict.
 */
export async function endAbsence(ctx: Ctx, id: string, absenceId: string, viewer: CareViewer): Promise<RegistryOutcome<HouseholdView>> {
  const allowed = await maintainable(ctx, id, viewer);
  if (!allowed.ok) return allowed;
  const at = ctx.clock();
  const ended = await endAbsenceAt(ctx.db, id, absenceId, at, { householdId: id, actor: viewer.actor.id, action: "absence_end", fields: ["absences"], at });
  if (ended === "missing") return { ok: false, status: 404, code: "not_found", message: `no absence ${absenceId} of household ${id}` };
  if (ended === "over") return { ok: false, status: 409, code: "already_over", message: "this absence is already over" };
  return loadHouseholdFor(ctx, id, viewer);
}
