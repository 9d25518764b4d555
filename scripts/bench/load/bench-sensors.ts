import { sql } from "kysely";
import * as shanghai from "@/lib/city/shanghai";
import type { Sensor } from "@/lib/contracts/sensor";
import { createDatabase } from "@/lib/db/create-database";
import { insertSensors } from "@/lib/db/repositories/sensors.repository";

export interface BenchSensors {
  ids: string[];
  /** Rows in sensor_readings from these sensors measured in [from, to). */
  readingsLanded(from: Date, to: Date): Promise<number>;
  /** Deletes the sensors and every reading of theirs. */
  remove(): Promise<void>;
}

/** Water-level gauges of the benchmark's own, one per grid, so it can count and delete exactly what it sent. */
export async function createBenchSensors(databaseUrl: string, label: string, count: number): Promise<BenchSensors> {
  const handle = await createDatabase({ databaseUrl, pgliteDir: "", poolSize: 2 });
  const sensors: Sensor[] = Array.from({ length: count }, (_, i) => {
    const grid = shanghai.grids[i % shanghai.grids.length]!;
    return {
      id: `bench-${label}-${String(i + 1).padStart(5, "0")}`,
      kind: "water_level",
      lat: grid.lat,
      lng: grid.lng,
      district: grid.district,
      gridCell: grid.cell,
      unit: "cm",
      alarm: { above: 15, category: "road_waterlogging" },
    };
  });
  await insertSensors(handle.db, sensors);
  const ids = sensors.map((s) => s.id);
  return {
    ids,
    async readingsLanded(from, to) {
      const { rows } = await sql<{ n: string }>`
        SELECT count(*) AS n FROM sensor_readings
        WHERE sensor_id = ANY(${ids}::text[]) AND measured_at >= ${from.toISOString()} AND measured_at < ${to.toISOString()}`.execute(handle.db);
      return Number(rows[0]?.n ?? 0);
    },
    async remove() {
      await handle.db.deleteFrom("sensor_readings").where("sensor_id", "=", (eb) => eb.fn.any(eb.val(ids))).execute();
      await handle.db.deleteFrom("sensors").where("id", "=", (eb) => eb.fn.any(eb.val(ids))).execute();
      await handle.close();
    },
  };
}

/**
 * `count` readings under the alarm threshold, sensor after sensor then second after second from
 * `start`, as columnar bodies of `batchSize` readings each. Returns the bodies and the end of the period.
 */
export function readingBodies(ids: readonly string[], start: Date, count: number, batchSize: number): { bodies: string[]; end: Date } {
  const bodies: string[] = [];
  for (let first = 0; first < count; first += batchSize) {
    const size = Math.min(batchSize, count - first);
    const sensorIds: string[] = [];
    const measuredAt: string[] = [];
    const values: number[] = [];
    for (let i = first; i < first + size; i++) {
      sensorIds.push(ids[i % ids.length]!);
      measuredAt.push(new Date(start.getTime() + Math.floor(i / ids.length) * 1000).toISOString());
      values.push(Math.round(((i * 7919) % 1000) / 10) / 10);
    }
    bodies.push(JSON.stringify({ sensorIds, measuredAt, values }));
  }
  return { bodies, end: new Date(start.getTime() + Math.ceil(count / ids.length) * 1000) };
}
