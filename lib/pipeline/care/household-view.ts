import type { FamilyContact, HouseholdView, ResidentCategory } from "@/lib/contracts/care";
import type { HouseholdRecord } from "@/lib/db/repositories/care.repository";
import { communityCellsOf, workerGridCell } from "@/lib/db/repositories/care.repository";
import type { Actor } from "@/lib/domain/cases/case-rules";
import { canSeeHousehold, type ViewerGrid } from "@/lib/domain/care-registry/household-visibility";
import { maskHousehold } from "@/lib/domain/care-registry/mask-household";
import type { PipelineContext } from "../pipeline-context";

/** The viewer and their grid, looked up once per request. */
export interface CareViewer {
  actor: Actor;
  grid: ViewerGrid;
}

export async function careViewerOf(ctx: Pick<PipelineContext, "db">, actor: Actor): Promise<CareViewer> {
  const gridCell = actor.role === "grid_worker" ? await workerGridCell(ctx.db, actor.workerId) : null;
  const communityCells = actor.role === "department_staff" && actor.department === "civil_affairs" ? await communityCellsOf(ctx.db, actor.id) : [];
  return { actor, grid: { gridCell, communityCells } };
}

function fullView({ row, absences, openAlerts }: HouseholdRecord): HouseholdView {
  const contacts = (row.family_contacts as FamilyContact[]).map(({ name, relation, phone }) => ({ name, relation, phone }));
  return {
    id: row.id,
    category: row.category as ResidentCategory,
    masked: false,
    name: row.name,
    address: row.address,
    phone: row.phone,
    idNumber: row.id_number,
    location: { lat: row.lat, lng: row.lng },
    district: row.district,
    gridCell: row.grid_cell,
    waterMeterId: row.water_meter_id,
    electricityMeterId: row.electricity_meter_id,
    gridWorkerId: row.grid_worker_id,
    familyContacts: contacts,
    consent: { givenBy: row.consent_given_by, at: row.consent_at.toISOString(), scope: row.consent_scope },
    absences: absences.map((a) => ({ id: a.id, reason: a.reason as "away" | "hospital", startsAt: a.starts_at.toISOString(), endsAt: a.ends_at.toISOString(), note: a.note })),
    openAlerts,
    demo: row.demo,
    version: row.version,
    updatedAt: row.updated_at.toISOString(),
  };
}

/** A household as this viewer may see it: whole for those who need it, masked for everyone else. */
export function householdViewFor(record: HouseholdRecord, viewer: CareViewer): HouseholdView {
  const view = fullView(record);
  const scope = { gridWorkerId: record.row.grid_worker_id, gridCell: record.row.grid_cell };
  return canSeeHousehold(viewer.actor, viewer.grid, scope) ? view : maskHousehold(view);
}
