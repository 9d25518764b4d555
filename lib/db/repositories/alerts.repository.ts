import { sql, type Kysely, type Selectable } from "kysely";
import type { AlertState, AlertSummary, CapAlert } from "@/lib/contracts/cap-alert";
import type { CapReference } from "@/lib/domain/alerts/cap-references";
import { isUuid } from "../is-uuid";
import type { AlertsTable, Database } from "../schema";

type AlertRow = Selectable<AlertsTable>;

function toSummary(row: AlertRow): AlertSummary {
  return {
    id: row.id,
    origin: row.origin as AlertSummary["origin"],
    state: row.state as AlertState,
    version: row.version,
    receivedAt: new Date(row.received_at).toISOString(),
    alert: row.body as CapAlert,
  };
}

export interface NewAlert {
  id: string;
  origin: AlertSummary["origin"];
  issuedBy: string | null;
  alert: CapAlert;
  xml: string;
  at: Date;
}

/**
 * Stores an alert with its info blocks and areas, once per (identifier, sender, sent): when that key
 * is already stored, nothing is written and the stored alert's id comes back as a duplicate.
 */
export async function insertAlert(db: Kysely<Database>, input: NewAlert): Promise<{ duplicate: false; summary: AlertSummary } | { duplicate: true; id: string }> {
  const { alert } = input;
  const inserted = await db
    .insertInto("alerts")
    .values({
      id: input.id,
      identifier: alert.identifier,
      sender: alert.sender,
      sent: alert.sent,
      status: alert.status,
      msg_type: alert.msgType,
      scope: alert.scope,
      refs: alert.references ?? null,
      origin: input.origin,
      issued_by: input.issuedBy,
      received_at: input.at,
      updated_at: input.at,
      body: JSON.stringify(alert),
      xml: input.xml,
    })
    .onConflict((conflict) => conflict.columns(["identifier", "sender", "sent"]).doNothing())
    .returningAll()
    .executeTakeFirst();
  if (!inserted) {
    const stored = await db
      .selectFrom("alerts")
      .select("id")
      .where("identifier", "=", alert.identifier)
      .where("sender", "=", alert.sender)
      .where("sent", "=", new Date(alert.sent))
      .executeTakeFirstOrThrow();
    return { duplicate: true, id: stored.id };
  }
  if (alert.infos.length > 0) {
    await db
      .insertInto("alert_infos")
      .values(
        alert.infos.map((info, position) => ({
          alert_id: input.id,
          position,
          language: info.language ?? null,
          categories: info.categories,
          event: info.event,
          urgency: info.urgency,
          severity: info.severity,
          certainty: info.certainty,
          effective: info.effective ?? alert.sent,
          onset: info.onset ?? null,
          expires: info.expires ?? null,
          headline: info.headline ?? null,
          description: info.description ?? null,
        })),
      )
      .execute();
  }
  const areas = alert.infos.flatMap((info, infoPosition) =>
    info.areas.map((area, position) => ({
      alert_id: input.id,
      info_position: infoPosition,
      position,
      area_desc: area.areaDesc,
      polygons: JSON.stringify(area.polygons.map((ring) => ring.map((point) => [point.lon, point.lat]))),
      circles: JSON.stringify(area.circles.map((circle) => ({ lon: circle.center.lon, lat: circle.center.lat, radiusKm: circle.radiusKm }))),
    })),
  );
  if (areas.length > 0) await db.insertInto("alert_areas").values(areas).execute();
  return { duplicate: false, summary: toSummary(inserted) };
}

/**
 * Marks the active alerts a later message references as superseded (by an Update) or cancelled (by a
 * Cancel), among alerts of the same origin; references to alerts never stored are passed over.
 */
export async function replaceReferenced(
  db: Kysely<Database>,
  change: { references: readonly CapReference[]; origin: AlertSummary["origin"]; state: Exclude<AlertState, "active">; by: string; at: Date },
): Promise<AlertSummary[]> {
  const changed: AlertSummary[] = [];
  for (const reference of change.references) {
    const rows = await db
      .updateTable("alerts")
      .set({ state: change.state, replaced_by: change.by, version: sql`version + 1`, updated_at: change.at })
      .where("sender", "=", reference.sender)
      .where("identifier", "=", reference.identifier)
      .where("sent", "=", new Date(reference.sent))
      .where("origin", "=", change.origin)
      .where("state", "=", "active")
      .where("id", "!=", change.by)
      .returningAll()
      .execute();
    changed.push(...rows.map(toSummary));
  }
  return changed;
}

/** Real, active Alerts and Updates with an info block whose window holds `now`. */
export async function listAlertsInForce(db: Kysely<Database>, now: Date): Promise<AlertSummary[]> {
  const rows = await db
    .selectFrom("alerts")
    .selectAll()
    .where("state", "=", "active")
    .where("status", "=", "Actual")
    .where("msg_type", "in", ["Alert", "Update"])
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom("alert_infos")
          .select("alert_infos.position")
          .whereRef("alert_infos.alert_id", "=", "alerts.id")
          .where("alert_infos.effective", "<=", now)
          .where((inner) => inner.or([inner("alert_infos.expires", "is", null), inner("alert_infos.expires", ">", now)])),
      ),
    )
    .orderBy("sent", "desc")
    .execute();
  return rows.map(toSummary);
}

export async function findAlert(db: Kysely<Database>, id: string): Promise<(AlertSummary & { xml: string }) | undefined> {
  if (!isUuid(id)) return undefined;
  const row = await db.selectFrom("alerts").selectAll().where("id", "=", id).executeTakeFirst();
  return row && { ...toSummary(row), xml: row.xml };
}

/** The city's own alerts, newest first: what its feed syndicates. */
export async function listIssuedAlerts(db: Kysely<Database>, limit: number): Promise<AlertSummary[]> {
  const rows = await db.selectFrom("alerts").selectAll().where("origin", "=", "issued").orderBy("sent", "desc").limit(limit).execute();
  return rows.map(toSummary);
}
