import { sql, type Kysely, type Selectable, type Transaction } from "kysely";
import type { CareAbsencesTable, CareAlertsTable, CareHouseholdsTable, Database } from "../schema";

export type HouseholdRow = Selectable<CareHouseholdsTable>;
export type AbsenceRow = Selectable<CareAbsencesTable>;
export type CareAlertRow = Selectable<CareAlertsTable>;

/** A household with what its views add: announced absences not yet over, and its alerts without an outcome. */
export interface HouseholdRecord {
  row: HouseholdRow;
  absences: AbsenceRow[];
  openAlerts: number;
}

export interface AuditEntry {
  householdId: string;
  actor: string;
  action: string;
  fields: string[];
  at: Date;
}

type HouseholdValues = Omit<HouseholdRow, "model_state" | "family_contacts" | "demo" | "version"> & { family_contacts: unknown };

function audit(tx: Transaction<Database>, entry: AuditEntry) {
  return tx
    .insertInto("care_audit")
    .values({ household_id: entry.householdId, actor: entry.actor, action: entry.action, fields: entry.fields, at: entry.at })
    .execute();
}

export async function insertHousehold(db: Kysely<Database>, values: HouseholdValues & { demo?: boolean }, entry: AuditEntry): Promise<void> {
  await db.transaction().execute(async (tx) => {
    await tx
      .insertInto("care_households")
      .values({ ...values, family_contacts: JSON.stringify(values.family_contacts), model_state: null })
      .execute();
    await audit(tx, entry);
  });
}

/** Seeds many households at once (the demo), each audited as created by `actor`. */
export async function insertHouseholds(db: Kysely<Database>, rows: readonly (HouseholdValues & { demo: boolean })[], actor: string, at: Date): Promise<number> {
  if (rows.length === 0) return 0;
  return db.transaction().execute(async (tx) => {
    const inserted = await tx
      .insertInto("care_households")
      .values(rows.map((r) => ({ ...r, family_contacts: JSON.stringify(r.family_contacts), model_state: null })))
      .onConflict((oc) => oc.column("id").doNothing())
      .returning("id")
      .execute();
    if (inserted.length > 0) {
      await tx
        .insertInto("care_audit")
        .values(inserted.map((r) => ({ household_id: r.id, actor, action: "create", fields: ["*"], at })))
        .execute();
    }
    return inserted.length;
  });
}

export type UpdateOutcome = { outcome: "updated" } | { outcome: "stale"; version: number } | { outcome: "missing" };

/** Changes the given columns on the version the caller saw, with its audit entry, in one transaction. */
export async function updateHousehold(
  db: Kysely<Database>,
  id: string,
  expectedVersion: number,
  changes: Partial<HouseholdValues>,
  entry: AuditEntry,
): Promise<UpdateOutcome> {
  return db.transaction().execute(async (tx) => {
    const { family_contacts, ...rest } = changes;
    const updated = await tx
      .updateTable("care_households")
      .set({
        ...rest,
        ...(family_contacts !== undefined && { family_contacts: JSON.stringify(family_contacts) }),
        updated_at: entry.at,
        version: sql`version + 1`,
      })
      .where("id", "=", id)
      .where("version", "=", expectedVersion)
      .returning("id")
      .executeTakeFirst();
    if (updated) {
      await audit(tx, entry);
      return { outcome: "updated" };
    }
    const current = await tx.selectFrom("care_households").select("version").where("id", "=", id).executeTakeFirst();
    return current ? { outcome: "stale", version: current.version } : { outcome: "missing" };
  });
}

export async function insertAbsence(db: Kysely<Database>, absence: AbsenceRow, entry: AuditEntry): Promise<void> {
  await db.transaction().execute(async (tx) => {
    await tx.insertInto("care_absences").values(absence).execute();
    await audit(tx, entry);
  });
}

/**
 * Ends an absence at `at` with its audit entry: a running one now, one not begun yet withdrawn (its row removed,
 * the audit keeps that it was announced and ended). "over" when it had already ended.
 */
export async function endAbsenceAt(db: Kysely<Database>, householdId: string, absenceId: string, at: Date, entry: AuditEntry): Promise<"ended" | "over" | "missing"> {
  return db.transaction().execute(async (tx) => {
    const absence = await tx.selectFrom("care_absences").selectAll().where("id", "=", absenceId).where("household_id", "=", householdId).forUpdate().executeTakeFirst();
    if (!absence) return "missing";
    if (absence.ends_at <= at) return "over";
    if (absence.starts_at >= at) await tx.deleteFrom("care_absences").where("id", "=", absenceId).execute();
    else await tx.updateTable("care_absences").set({ ends_at: at }).where("id", "=", absenceId).execute();
    await audit(tx, entry);
    return "ended";
  });
}

async function withDetails(db: Kysely<Database>, rows: HouseholdRow[], now: Date): Promise<HouseholdRecord[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [absences, alerts] = await Promise.all([
    db
      .selectFrom("care_absences")
      .selectAll()
      .where("household_id", "=", (eb) => eb.fn.any(eb.val(ids)))
      .where("ends_at", ">", now)
      .orderBy("starts_at")
      .execute(),
    db
      .selectFrom("care_alerts")
      .select(["household_id", (eb) => eb.fn.countAll<string>().as("n")])
      .where("household_id", "=", (eb) => eb.fn.any(eb.val(ids)))
      .where("outcome", "is", null)
      .where("kind", "=", "alert")
      .groupBy("household_id")
      .execute(),
  ]);
  const openByHousehold = new Map(alerts.map((a) => [a.household_id, Number(a.n)]));
  return rows.map((row) => ({
    row,
    absences: absences.filter((a) => a.household_id === row.id),
    openAlerts: openByHousehold.get(row.id) ?? 0,
  }));
}

export async function findHousehold(db: Kysely<Database>, id: string, now: Date): Promise<HouseholdRecord | null> {
  const row = await db.selectFrom("care_households").selectAll().where("id", "=", id).executeTakeFirst();
  return row ? ((await withDetails(db, [row], now))[0] ?? null) : null;
}

export interface HouseholdFilter {
  gridCells?: readonly string[];
  /** With `gridCells`: also the households this worker looks after, wherever they are. */
  orGridWorkerId?: string;
  limit: number;
}

export async function listHouseholds(db: Kysely<Database>, filter: HouseholdFilter, now: Date): Promise<HouseholdRecord[]> {
  let query = db.selectFrom("care_households").selectAll().orderBy("grid_cell").orderBy("id").limit(filter.limit);
  const { gridCells, orGridWorkerId } = filter;
  if (gridCells) {
    query = query.where((eb) =>
      eb.or([eb("grid_cell", "=", eb.fn.any(eb.val([...gridCells]))), ...(orGridWorkerId ? [eb("grid_worker_id", "=", orGridWorkerId)] : [])]),
    );
  }
  return withDetails(db, await query.execute(), now);
}

/** The households whose water or electricity meter is among `sensorIds`. */
export async function householdIdsOfMeters(db: Kysely<Database>, sensorIds: readonly string[]): Promise<string[]> {
  if (sensorIds.length === 0) return [];
  const rows = await db
    .selectFrom("care_households")
    .select("id")
    .where((eb) =>
      eb.or([eb("water_meter_id", "=", eb.fn.any(eb.val([...sensorIds]))), eb("electricity_meter_id", "=", eb.fn.any(eb.val([...sensorIds])))]),
    )
    .execute();
  return rows.map((r) => r.id);
}

/** Households watched before whose next hour to judge is before `hour`: those a silent meter would otherwise leave unjudged. */
export async function householdIdsBehind(db: Kysely<Database>, hour: number): Promise<string[]> {
  const rows = await db
    .selectFrom("care_households")
    .select("id")
    .where(sql<boolean>`(model_state->>'nextHour')::bigint < ${hour}`)
    .execute();
  return rows.map((r) => r.id);
}

/** Each sensor's readings in [from, to), oldest first. */
export async function meterReadings(
  db: Kysely<Database>,
  sensorIds: readonly string[],
  from: Date,
  to: Date,
): Promise<{ sensor_id: string; measured_at: Date; value: number }[]> {
  if (sensorIds.length === 0) return [];
  return db
    .selectFrom("sensor_readings")
    .select(["sensor_id", "measured_at", "value"])
    .where("sensor_id", "=", (eb) => eb.fn.any(eb.val([...sensorIds])))
    .where("measured_at", ">", from)
    .where("measured_at", "<=", to)
    .orderBy("measured_at")
    .execute();
}

/** The earliest and the latest reading of any of the sensors: where a household's watch starts, and how far its meters have reported. */
export async function readingSpan(db: Kysely<Database>, sensorIds: readonly string[]): Promise<{ first: Date; last: Date } | null> {
  if (sensorIds.length === 0) return null;
  const row = await db
    .selectFrom("sensor_readings")
    .select((eb) => [eb.fn.min("measured_at").as("first"), eb.fn.max("measured_at").as("last")])
    .where("sensor_id", "=", (eb) => eb.fn.any(eb.val([...sensorIds])))
    .executeTakeFirst();
  return row?.first && row.last ? { first: new Date(row.first), last: new Date(row.last) } : null;
}

export async function allAbsences(db: Kysely<Database>, householdId: string): Promise<AbsenceRow[]> {
  return db.selectFrom("care_absences").selectAll().where("household_id", "=", householdId).execute();
}

export async function saveModelState(db: Kysely<Database>, householdId: string, state: unknown): Promise<void> {
  await db.updateTable("care_households").set({ model_state: JSON.stringify(state) }).where("id", "=", householdId).execute();
}

/** Stores an alert once per household, kind and hour; returns the stored one, new or already there. */
export async function insertCareAlert(db: Kysely<Database>, alert: Omit<CareAlertRow, "case_id" | "outcome" | "outcome_note" | "outcome_by" | "outcome_at">): Promise<CareAlertRow> {
  await db
    .insertInto("care_alerts")
    .values(alert)
    .onConflict((oc) => oc.columns(["household_id", "kind", "raised_hour"]).doNothing())
    .execute();
  return db
    .selectFrom("care_alerts")
    .selectAll()
    .where("household_id", "=", alert.household_id)
    .where("kind", "=", alert.kind)
    .where("raised_hour", "=", alert.raised_hour)
    .executeTakeFirstOrThrow();
}

export async function setAlertCase(db: Kysely<Database>, alertId: string, caseId: string): Promise<void> {
  await db.updateTable("care_alerts").set({ case_id: caseId }).where("id", "=", alertId).execute();
}

export async function findCareAlert(db: Kysely<Database>, id: string): Promise<CareAlertRow | null> {
  return (await db.selectFrom("care_alerts").selectAll().where("id", "=", id).executeTakeFirst()) ?? null;
}

/** The alert a case was opened for (none, or one), with its household's grid cell and worker. */
export async function careAlertsOfCase(db: Kysely<Database>, caseId: string): Promise<(CareAlertRow & { grid_cell: string; grid_worker_id: string })[]> {
  return db
    .selectFrom("care_alerts")
    .innerJoin("care_households", "care_households.id", "care_alerts.household_id")
    .selectAll("care_alerts")
    .select(["care_households.grid_cell", "care_households.grid_worker_id"])
    .where("care_alerts.case_id", "=", caseId)
    .execute();
}

/** Records the outcome once: false when the alert already has one. */
export async function recordAlertOutcome(
  db: Kysely<Database>,
  id: string,
  outcome: { outcome: string; note: string; by: string; at: Date },
  entry: AuditEntry,
): Promise<boolean> {
  return db.transaction().execute(async (tx) => {
    const updated = await tx
      .updateTable("care_alerts")
      .set({ outcome: outcome.outcome, outcome_note: outcome.note, outcome_by: outcome.by, outcome_at: outcome.at })
      .where("id", "=", id)
      .where("outcome", "is", null)
      .returning("id")
      .executeTakeFirst();
    if (updated) await audit(tx, entry);
    return updated !== undefined;
  });
}

/** Alerts without an outcome, with their household's grid cell, newest first. */
export async function listOpenCareAlerts(db: Kysely<Database>, limit = 500): Promise<(CareAlertRow & { grid_cell: string; grid_worker_id: string })[]> {
  return db
    .selectFrom("care_alerts")
    .innerJoin("care_households", "care_households.id", "care_alerts.household_id")
    .selectAll("care_alerts")
    .select(["care_households.grid_cell", "care_households.grid_worker_id"])
    .where("care_alerts.outcome", "is", null)
    .orderBy("care_alerts.created_at", "desc")
    .limit(limit)
    .execute();
}

export async function auditEntries(db: Kysely<Database>, householdId: string) {
  return db.selectFrom("care_audit").selectAll().where("household_id", "=", householdId).orderBy("at").orderBy("id").execute();
}

export async function workerGridCell(db: Kysely<Database>, workerId: string | undefined): Promise<string | null> {
  if (!workerId) return null;
  const row = await db.selectFrom("workers").select("grid_cell").where("id", "=", workerId).executeTakeFirst();
  return row?.grid_cell ?? null;
}

/** The grid cells of the community a civil-affairs staff member serves (none for anyone else). */
export async function communityCellsOf(db: Kysely<Database>, userId: string): Promise<string[]> {
  const row = await db.selectFrom("users").select("community_cells").where("id", "=", userId).executeTakeFirst();
  return row?.community_cells ?? [];
}
