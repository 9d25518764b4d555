import type { Kysely, Selectable } from "kysely";
import type { DemoResource } from "@/lib/city/schemas";
import type { ResourceHistoryItem, ResourceKind, ResourceQuery, ResourceState, ResourceSummary } from "@/lib/contracts/resource";
import type { ResourcePatch } from "@/lib/domain/resources/resource-rules";
import { isUuid } from "../is-uuid";
import type { Database, ResourcesTable } from "../schema";

type ResourceRow = Selectable<ResourcesTable>;

function toSummary(row: ResourceRow): ResourceSummary {
  return {
    id: row.id,
    kind: row.kind as ResourceKind,
    code: row.code,
    nameZh: row.name_zh,
    nameEn: row.name_en,
    district: row.district,
    department: row.department,
    lat: row.lat,
    lng: row.lng,
    state: row.state as ResourceState,
    version: row.version,
    capacity: row.capacity,
    occupancy: row.occupancy,
    m3PerHour: row.m3_per_hour,
    stock: row.stock,
    members: row.members,
    skills: row.skills,
    target:
      row.target_lat !== null && row.target_lng !== null
        ? { caseId: row.target_case_id, lat: row.target_lat, lng: row.target_lng, label: row.target_label }
        : null,
    demo: row.demo,
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

export type ResourceFilter = ResourceQuery & { kinds?: readonly ResourceKind[]; department?: string };

/** Resources by kind, then code. The table is small (hundreds of rows), so there is no paging. */
export async function listResources(db: Kysely<Database>, filter: ResourceFilter = {}): Promise<ResourceSummary[]> {
  let query = db.selectFrom("resources").selectAll();
  if (filter.kind) query = query.where("kind", "=", filter.kind);
  if (filter.kinds) query = query.where("kind", "in", [...filter.kinds]);
  if (filter.state) query = query.where("state", "=", filter.state);
  if (filter.district) query = query.where("district", "=", filter.district);
  if (filter.department) query = query.where("department", "=", filter.department);
  const rows = await query.orderBy("kind").orderBy("code").execute();
  return rows.map(toSummary);
}

export async function findResource(db: Kysely<Database>, id: string): Promise<ResourceSummary | undefined> {
  if (!isUuid(id)) return undefined;
  const row = await db.selectFrom("resources").selectAll().where("id", "=", id).executeTakeFirst();
  return row && toSummary(row);
}

export async function listResourceHistory(db: Kysely<Database>, id: string): Promise<ResourceHistoryItem[]> {
  const rows = await db.selectFrom("resource_history").selectAll().where("resource_id", "=", id).orderBy("id").execute();
  return rows.map((row) => ({
    at: new Date(row.at).toISOString(),
    actor: row.actor,
    action: row.action,
    fromState: row.from_state as ResourceState | null,
    toState: row.to_state as ResourceState | null,
    detail: row.detail as Record<string, unknown>,
  }));
}

export interface ResourceChange {
  id: string;
  expectedVersion: number;
  patch: ResourcePatch;
  at: Date;
  history: { actor: string; action: string; fromState: ResourceState; detail: Record<string, unknown> };
}

/**
 * Applies a change only if the resource is still at the version the caller saw, and appends it to
 * the history in the same transaction: of two dispatchers sending one pump, the second gets null.
 */
export async function applyResourceChange(db: Kysely<Database>, change: ResourceChange): Promise<ResourceSummary | null> {
  return db.transaction().execute(async (tx) => {
    const { patch } = change;
    const target = patch.target;
    const row = await tx
      .updateTable("resources")
      .set((eb) => ({
        state: patch.state,
        version: eb("version", "+", 1),
        updated_at: change.at,
        ...(patch.position && { lat: patch.position.lat, lng: patch.position.lng }),
        ...(patch.occupancy !== undefined && { occupancy: patch.occupancy }),
        ...(patch.stock !== undefined && { stock: patch.stock }),
        ...(target !== undefined && {
          target_case_id: target?.caseId ?? null,
          target_lat: target?.lat ?? null,
          target_lng: target?.lng ?? null,
          target_label: target?.label ?? null,
        }),
      }))
      .where("id", "=", change.id)
      .where("version", "=", change.expectedVersion)
      .returningAll()
      .executeTakeFirst();
    if (!row) return null;
    await tx
      .insertInto("resource_history")
      .values({
        resource_id: change.id,
        at: change.at,
        actor: change.history.actor,
        action: change.history.action,
        from_state: change.history.fromState,
        to_state: patch.state,
        detail: JSON.stringify(change.history.detail),
      })
      .execute();
    return toSummary(row);
  });
}

/** Adds a city's resources; ones already present are kept as they are (they may be on a job). */
export async function insertResources(db: Kysely<Database>, resources: readonly DemoResource[], at: Date): Promise<void> {
  if (resources.length === 0) return;
  await db
    .insertInto("resources")
    .values(
      resources.map((r) => ({
        id: r.id,
        kind: r.kind,
        code: r.code,
        name_zh: r.nameZh,
        name_en: r.nameEn,
        district: r.district,
        department: r.department,
        lat: r.lat,
        lng: r.lng,
        state: r.state,
        capacity: r.capacity,
        occupancy: r.occupancy,
        m3_per_hour: r.m3PerHour,
        stock: r.stock,
        members: r.members,
        skills: r.skills,
        demo: r.demo,
        updated_at: at,
      })),
    )
    .onConflict((oc) => oc.column("id").doNothing())
    .execute();
}

export interface CasePlace {
  id: string;
  code: string;
  stage: string;
  lat: number | null;
  lng: number | null;
}

/** Where a case is, for sending a resource to it. */
export async function findCasePlace(db: Kysely<Database>, id: string): Promise<CasePlace | undefined> {
  if (!isUuid(id)) return undefined;
  return db.selectFrom("cases").select(["id", "code", "stage", "lat", "lng"]).where("id", "=", id).executeTakeFirst();
}
