import type { Kysely, Selectable } from "kysely";
import type { Forecast, StoredForecast } from "@/lib/contracts/forecast";
import type { Database, ForecastsTable } from "../schema";

function toStored(row: Selectable<ForecastsTable>): StoredForecast {
  const body = typeof row.body === "string" ? JSON.parse(row.body) : row.body;
  return { id: row.id, receivedAt: new Date(row.received_at).toISOString(), forecast: body as Forecast };
}

/**
 * Stores a forecast unless the same source, storm and issue instant is stored already.
 * Returns the stored forecast, and whether it was there before (the first one is kept as it was).
 */
export async function insertForecast(
  db: Kysely<Database>,
  entry: { id: string; forecast: Forecast; receivedAt: Date },
): Promise<{ stored: StoredForecast; duplicate: boolean }> {
  const { forecast } = entry;
  const inserted = await db
    .insertInto("forecasts")
    .values({
      id: entry.id,
      source: forecast.source,
      storm_id: forecast.storm.id,
      storm_name: forecast.storm.name,
      issued_at: forecast.issuedAt,
      received_at: entry.receivedAt,
      body: JSON.stringify(forecast),
    })
    .onConflict((conflict) => conflict.columns(["source", "storm_id", "issued_at"]).doNothing())
    .returningAll()
    .executeTakeFirst();
  if (inserted) return { stored: toStored(inserted), duplicate: false };
  const existing = await db
    .selectFrom("forecasts")
    .selectAll()
    .where("source", "=", forecast.source)
    .where("storm_id", "=", forecast.storm.id)
    .where("issued_at", "=", new Date(forecast.issuedAt))
    .executeTakeFirstOrThrow();
  return { stored: toStored(existing), duplicate: true };
}

/** The latest `limit` forecasts issued in the window, oldest first. */
export async function listForecasts(
  db: Kysely<Database>,
  window: { since?: Date; until?: Date; limit: number },
): Promise<StoredForecast[]> {
  let query = db.selectFrom("forecasts").selectAll();
  if (window.since) query = query.where("issued_at", ">=", window.since);
  if (window.until) query = query.where("issued_at", "<=", window.until);
  const rows = await query.orderBy("issued_at", "desc").orderBy("received_at", "desc").limit(window.limit).execute();
  return rows.reverse().map(toStored);
}

/**
 * Every forecast of the storm whose forecast arrived last, if one arrived since `since`, oldest issue
 * first: the storm the screen shows. Storm time may be a past night replayed, so arrival decides.
 */
export async function currentStormForecasts(db: Kysely<Database>, since: Date, limit: number): Promise<StoredForecast[]> {
  const latest = await db
    .selectFrom("forecasts")
    .select(["source", "storm_id"])
    .where("received_at", ">=", since)
    .orderBy("received_at", "desc")
    .limit(1)
    .executeTakeFirst();
  if (!latest) return [];
  const rows = await db
    .selectFrom("forecasts")
    .selectAll()
    .where("source", "=", latest.source)
    .where("storm_id", "=", latest.storm_id)
    .orderBy("issued_at", "desc")
    .limit(limit)
    .execute();
  return rows.reverse().map(toStored);
}

/** Forecasts issued in [from, to), oldest first. */
export async function forecastsIssuedBetween(db: Kysely<Database>, from: Date, to: Date, limit: number): Promise<StoredForecast[]> {
  const rows = await db
    .selectFrom("forecasts")
    .selectAll()
    .where("issued_at", ">=", from)
    .where("issued_at", "<", to)
    .orderBy("issued_at")
    .limit(limit)
    .execute();
  return rows.map(toStored);
}

/** The forecast issued last before `at`, so a window starts with the storm already placed. */
export async function forecastBefore(db: Kysely<Database>, at: Date): Promise<StoredForecast | null> {
  const row = await db
    .selectFrom("forecasts")
    .selectAll()
    .where("issued_at", "<", at)
    .orderBy("issued_at", "desc")
    .limit(1)
    .executeTakeFirst();
  return row ? toStored(row) : null;
}

