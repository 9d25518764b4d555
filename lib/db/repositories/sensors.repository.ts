import type { Kysely } from "kysely";
import type { Sensor, SensorKind } from "@/lib/contracts/sensor";
import type { Database, SensorsTable } from "../schema";

function toSensor(row: SensorsTable): Sensor {
  return {
    id: row.id,
    kind: row.kind as SensorKind,
    lat: row.lat,
    lng: row.lng,
    district: row.district,
    gridCell: row.grid_cell,
    unit: row.unit,
    alarm: row.alarm_above !== null && row.alarm_category !== null ? { above: row.alarm_above, category: row.alarm_category } : null,
  };
}

/** The sensors among `ids` that exist, by id. */
export async function findSensors(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, Sensor>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom("sensors").selectAll().where("id", "=", (eb) => eb.fn.any(eb.val([...ids]))).execute();
  return new Map(rows.map((row) => [row.id, toSensor(row)]));
}

/** Adds sensors; ones already present are kept as they are (thresholds may have been tuned since). */
export async function insertSensors(db: Kysely<Database>, sensors: readonly Sensor[]): Promise<void> {
  if (sensors.length === 0) return;
  await db
    .insertInto("sensors")
    .values(
      sensors.map((s) => ({
        id: s.id,
        kind: s.kind,
        lat: s.lat,
        lng: s.lng,
        district: s.district,
        grid_cell: s.gridCell,
        unit: s.unit,
        alarm_above: s.alarm?.above ?? null,
        alarm_category: s.alarm?.category ?? null,
      })),
    )
    .onConflict((oc) => oc.column("id").doNothing())
    .execute();
}
