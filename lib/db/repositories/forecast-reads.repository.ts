import type { Kysely } from "kysely";
import { forecastSchema, type StoredForecast } from "@/lib/contracts/forecast";
import type { Database } from "../schema";

// The replay's and the feeds' writes live with POST /api/forecasts; these are the screen's reads.

interface ForecastRow {
  id: string;
  received_at: Date | string;
  body: unknown;
}

function toStored(row: ForecastRow): StoredForecast {
  return { id: row.id, receivedAt: new Date(row.received_at).toISOString(), forecast: forecastSchema.parse(row.body) };
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
    .select(["id", "received_at", "body"])
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
    .select(["id", "received_at", "body"])
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
    .select(["id", "received_at", "body"])
    .where("issued_at", "<", at)
    .orderBy("issued_at", "desc")
    .limit(1)
    .executeTakeFirst();
  return row ? toStored(row) : null;
}

