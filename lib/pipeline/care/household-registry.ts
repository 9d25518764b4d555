import { randomUUID } from "node:crypto";
import type { FamilyContact, HouseholdInput, HouseholdPatch, HouseholdView } from "@/lib/contracts/care";
import {
  findHousehold,
  insertHousehold,
  listHouseholds,
  updateHousehold,
  type HouseholdFilter,
  type HouseholdRow,
} from "@/lib/db/repositories/care.repository";
import { findSensors } from "@/lib/db/repositories/sensors.repository";
import { canMaintainHousehold, mayRegisterHouseholds } from "@/lib/domain/care-registry/household-visibility";
import { keepContactWebhooks } from "@/lib/domain/care-registry/keep-contact-webhooks";
import type { PipelineContext } from "../pipeline-context";
import { householdViewFor, type CareViewer } from "./household-view";

type Ctx = Pick<PipelineContext, "db" | "clock" | "reference">;

export type RegistryOutcome<T> =
  | { ok: true; value: T }
  | { ok: false; status: 403 | 404 | 409 | 422; code: string; message: string; field?: string; version?: number };

export const forbidden = { ok: false, status: 403, code: "forbidden", message: "this household is outside your scope" } as const;
export const missing = (id: string) => ({ ok: false, status: 404, code: "not_found", message: `no household ${id}` }) as const;
export const unprocessable = (field: string, message: string) => ({ ok: false, status: 422, code: "invalid_reference", message, field }) as const;

/** Which households a list shows when the caller names no grid cell: their own grid's, their community's, or all. */
function defaultFilter(viewer: CareViewer): Omit<HouseholdFilter, "limit"> {
  if (viewer.actor.role === "grid_worker" && viewer.grid.gridCell !== null) {
    return { gridCells: [viewer.grid.gridCell], ...(viewer.actor.workerId && { orGridWorkerId: viewer.actor.workerId }) };
  }
  if (viewer.grid.communityCells.length > 0) return { gridCells: viewer.grid.communityCells };
  return {};
}

/**
 * Households of one grid cell; naming none, a grid worker gets their own grid's and those they look after, community
 * staff their community's, everyone else all (each masked as this viewer must see it).
 */
export async function listHouseholdsFor(ctx: Ctx, query: { gridCell?: string; limit: number }, viewer: CareViewer): Promise<HouseholdView[]> {
  const filter = query.gridCell ? { gridCells: [query.gridCell] } : defaultFilter(viewer);
  const records = await listHouseholds(ctx.db, { ...filter, limit: query.limit }, ctx.clock());
  return records.map((r) => householdViewFor(r, viewer));
}

export async function loadHouseholdFor(ctx: Ctx, id: string, viewer: CareViewer): Promise<RegistryOutcome<HouseholdView>> {
  const record = await findHousehold(ctx.db, id, ctx.clock());
  return record ? { ok: true, value: householdViewFor(record, viewer) } : missing(id);
}

/** The household's references checked: a worker that exists, meters of the right kind, a place inside the city. */
async function checkReferences(ctx: Ctx, input: Partial<HouseholdInput>): Promise<RegistryOutcome<{ district?: number; gridCell?: string }>> {
  if (input.gridWorkerId !== undefined) {
    const worker = await ctx.db.selectFrom("workers").select("id").where("id", "=", input.gridWorkerId).executeTakeFirst();
    if (!worker) return unprocessable("gridWorkerId", `no grid worker ${input.gridWorkerId}`);
  }
  const meters = [
    ["waterMeterId", input.waterMeterId, "water_meter"],
    ["electricityMeterId", input.electricityMeterId, "electricity_meter"],
  ] as const;
  const sensors = await findSensors(ctx.db, meters.flatMap(([, id]) => (id ? [id] : [])));
  for (const [field, id, kind] of meters) {
    if (id === undefined) continue;
    const sensor = sensors.get(id);
    if (!sensor) return unprocessable(field, `no sensor ${id}`);
    if (sensor.kind !== kind) return unprocessable(field, `sensor ${id} is a ${sensor.kind}, not a ${kind}`);
  }
  if (!input.location) return { ok: true, value: {} };
  const place = ctx.reference.place(input.location.lat, input.location.lng);
  if (place.district === null) return unprocessable("location", "the location is outside the city's districts");
  return { ok: true, value: { district: place.district, gridCell: place.gridCell } };
}

function columnsOf(input: Partial<HouseholdInput>): Partial<Omit<HouseholdRow, "model_state" | "demo" | "version">> & { family_contacts?: unknown } {
  return {
    ...(input.category !== undefined && { category: input.category }),
    ...(input.name !== undefined && { name: input.name }),
    ...(input.address !== undefined && { address: input.address }),
    ...(input.phone !== undefined && { phone: input.phone }),
    ...(input.idNumber !== undefined && { id_number: input.idNumber.toUpperCase() }),
    ...(input.location !== undefined && { lat: input.location.lat, lng: input.location.lng }),
    ...(input.waterMeterId !== undefined && { water_meter_id: input.waterMeterId }),
    ...(input.electricityMeterId !== undefined && { electricity_meter_id: input.electricityMeterId }),
    ...(input.gridWorkerId !== undefined && { grid_worker_id: input.gridWorkerId }),
    ...(input.familyContacts !== undefined && { family_contacts: input.familyContacts }),
    ...(input.consent !== undefined && {
      consent_given_by: input.consent.givenBy,
      consent_at: new Date(input.consent.at),
      consent_scope: input.consent.scope,
    }),
  };
}

/** A unique meter already registered to another household is the caller's mistake, named. */
function meterTaken(error: unknown): RegistryOutcome<never> | null {
  const message = (error as Error).message ?? "";
  if (!message.includes("care_households_water_meter_id_key") && !message.includes("care_households_electricity_meter_id_key")) return null;
  const field = message.includes("water_meter") ? "waterMeterId" : "electricityMeterId";
  return { ok: false, status: 409, code: "meter_taken", message: "this meter is already registered to another household", field };
}

export async function registerHousehold(ctx: Ctx, input: HouseholdInput, viewer: CareViewer): Promise<RegistryOutcome<HouseholdView>> {
  if (!mayRegisterHouseholds(viewer.actor, viewer.grid)) return forbidden;
  const checked = await checkReferences(ctx, input);
  if (!checked.ok) return checked;
  const { district, gridCell } = checked.value;
  if (district === undefined || gridCell === undefined) return unprocessable("location", "a location is required");
  if (!canMaintainHousehold(viewer.actor, viewer.grid, { gridWorkerId: input.gridWorkerId, gridCell })) return forbidden;
  const id = randomUUID();
  const at = ctx.clock();
  const columns = columnsOf(input);
  try {
    await insertHousehold(
      ctx.db,
      {
        id,
        category: input.category,
        name: input.name,
        address: input.address,
        phone: input.phone ?? null,
        id_number: input.idNumber?.toUpperCase() ?? null,
        lat: input.location.lat,
        lng: input.location.lng,
        district,
        grid_cell: gridCell,
        water_meter_id: input.waterMeterId ?? null,
        electricity_meter_id: input.electricityMeterId ?? null,
        grid_worker_id: input.gridWorkerId,
        family_contacts: input.familyContacts,
        consent_given_by: input.consent.givenBy,
        consent_at: new Date(input.consent.at),
        consent_scope: input.consent.scope,
        created_at: at,
        updated_at: at,
      },
      { householdId: id, actor: viewer.actor.id, action: "create", fields: Object.keys(columns), at },
    );
  } catch (error) {
    const taken = meterTaken(error);
    if (taken) return taken;
    throw error;
  }
  return loadHouseholdFor(ctx, id, viewer);
}

export async function changeHousehold(ctx: Ctx, id: string, patch: HouseholdPatch, viewer: CareViewer): Promise<RegistryOutcome<HouseholdView>> {
  const record = await findHousehold(ctx.db, id, ctx.clock());
  if (!record) return missing(id);
  if (!canMaintainHousehold(viewer.actor, viewer.grid, { gridWorkerId: record.row.grid_worker_id, gridCell: record.row.grid_cell })) return forbidden;
  const { expectedVersion, ...changes } = patch;
  const input = changes.familyContacts
    ? { ...changes, familyContacts: keepContactWebhooks(record.row.family_contacts as FamilyContact[], changes.familyContacts) }
    : changes;
  const checked = await checkReferences(ctx, input);
  if (!checked.ok) return checked;
  const columns = {
    ...columnsOf(input),
    ...(checked.value.district !== undefined && { district: checked.value.district, grid_cell: checked.value.gridCell }),
  };
  const at = ctx.clock();
  let updated;
  try {
    updated = await updateHousehold(ctx.db, id, expectedVersion, columns, { householdId: id, actor: viewer.actor.id, action: "update", fields: Object.keys(columns), at });
  } catch (error) {
    const taken = meterTaken(error);
    if (taken) return taken;
    throw error;
  }
  if (updated.outcome === "missing") return missing(id);
  if (updated.outcome === "stale") {
    return { ok: false, status: 409, code: "stale", message: "the household changed since `expectedVersion`", field: "expectedVersion", version: updated.version };
  }
  return loadHouseholdFor(ctx, id, viewer);
}
