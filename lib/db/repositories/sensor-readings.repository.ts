import { sql, type Kysely } from "kysely";
import type { ReadingColumns } from "@/lib/domain/sensors/parse-reading-batch";
import type { Database } from "../schema";

const UNIQUE_VIOLATION = "23505";

/**
 * Stores a batch in one statement; a reading already stored (same sensor and instant) is skipped.
 * Returns how many rows this call added. Most batches are new readings, so the plain insert comes
 * first: it is about a fifth cheaper than ON CONFLICT's speculative insertion, and only a resent
 * batch pays for both.
 */
export async function insertReadings(db: Kysely<Database>, batch: ReadingColumns): Promise<number> {
  if (batch.sensorIds.length === 0) return 0;
  const rows = sql`SELECT * FROM unnest(${batch.sensorIds}::text[], ${batch.measuredAt}::timestamptz[], ${batch.values}::float8[])`;
  try {
    const result = await sql`INSERT INTO sensor_readings (sensor_id, measured_at, value) ${rows}`.execute(db);
    return Number(result.numAffectedRows ?? 0);
  } catch (error) {
    if ((error as { code?: unknown }).code !== UNIQUE_VIOLATION) throw error;
  }
  const result = await sql`INSERT INTO sensor_readings (sensor_id, measured_at, value) ${rows} ON CONFLICT DO NOTHING`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

export interface ReadingProbe {
  sensorId: string;
  /** As the reading gave it, so the comparison keeps the database's microseconds. */
  measuredAt: string;
}

/** For each probe, the value its sensor read last before that instant, or null when it had none. */
export async function previousValues(db: Kysely<Database>, probes: readonly ReadingProbe[]): Promise<(number | null)[]> {
  if (probes.length === 0) return [];
  const { rows } = await sql<{ previous: number | null }>`
    SELECT (SELECT r.value FROM sensor_readings r
             WHERE r.sensor_id = p.sensor_id AND r.measured_at < p.measured_at
             ORDER BY r.measured_at DESC LIMIT 1) AS previous
    FROM unnest(${probes.map((p) => p.sensorId)}::text[], ${probes.map((p) => p.measuredAt)}::timestamptz[])
      WITH ORDINALITY AS p(sensor_id, measured_at, n)
    ORDER BY p.n`.execute(db);
  return rows.map((r) => r.previous);
}
