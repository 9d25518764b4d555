import { sql, type Kysely } from "kysely";
import { screenSensorKinds, type ScreenSensor } from "@/lib/contracts/sensor-values";
import type { Database } from "../schema";

interface ScreenSensorRow {
  id: string;
  kind: ScreenSensor["kind"];
  lat: number;
  lng: number;
  unit: string;
  alarm_above: number | null;
  value: number | null;
  measured_at: Date | string | null;
}

/**
 * The rain and water-level gauges with their latest reading: one index probe per gauge on the readings'
 * primary key, so the cost follows the number of gauges, not of readings kept.
 */
export async function listScreenSensors(db: Kysely<Database>): Promise<ScreenSensor[]> {
  const { rows } = await sql<ScreenSensorRow>`
    SELECT s.id, s.kind, s.lat, s.lng, s.unit, s.alarm_above, r.value, r.measured_at
    FROM sensors s
    LEFT JOIN LATERAL (
      SELECT value, measured_at FROM sensor_readings
      WHERE sensor_id = s.id ORDER BY measured_at DESC LIMIT 1
    ) r ON true
    WHERE s.kind = ANY(${[...screenSensorKinds]}::text[])
    ORDER BY s.id`.execute(db);
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    lat: row.lat,
    lng: row.lng,
    unit: row.unit,
    alarmAbove: row.alarm_above,
    value: row.value,
    measuredAt: row.measured_at === null ? null : new Date(row.measured_at).toISOString(),
  }));
}

export interface BucketedReading {
  sensorId: string;
  /** Index of the step the readings fell in, from `from`. */
  bucket: number;
  mean: number;
}

/** The gauges' mean reading per step of `stepMs` in [from, to). */
export async function meanReadingsPerStep(
  db: Kysely<Database>,
  sensorIds: readonly string[],
  from: Date,
  to: Date,
  stepMs: number,
): Promise<BucketedReading[]> {
  if (sensorIds.length === 0) return [];
  const { rows } = await sql<{ sensor_id: string; bucket: number; mean: number }>`
    SELECT sensor_id, floor(extract(epoch FROM measured_at - ${from}::timestamptz) * 1000 / ${stepMs})::int AS bucket, avg(value)::float8 AS mean
    FROM sensor_readings
    WHERE sensor_id = ANY(${[...sensorIds]}::text[]) AND measured_at >= ${from}::timestamptz AND measured_at < ${to}::timestamptz
    GROUP BY 1, 2`.execute(db);
  return rows.map((row) => ({ sensorId: row.sensor_id, bucket: Number(row.bucket), mean: Number(row.mean) }));
}

/** Cases created per step of `stepMs` in [from, to), by index of the step. */
export async function casesCreatedPerStep(db: Kysely<Database>, from: Date, to: Date, stepMs: number): Promise<Map<number, number>> {
  const { rows } = await sql<{ bucket: number; n: number }>`
    SELECT floor(extract(epoch FROM created_at - ${from}::timestamptz) * 1000 / ${stepMs})::int AS bucket, count(*)::int AS n
    FROM cases
    WHERE created_at >= ${from}::timestamptz AND created_at < ${to}::timestamptz
    GROUP BY 1`.execute(db);
  return new Map(rows.map((row) => [Number(row.bucket), Number(row.n)]));
}

