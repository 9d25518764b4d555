import type { Kysely } from "kysely";
import type { Category, Department } from "@/lib/contracts/catalogue";
import type { DemoResource, DemoWorker, DistrictInfo, GridCell } from "@/lib/city/schemas";
import type { Sensor } from "@/lib/contracts/sensor";
import { insertResources } from "./repositories/resources.repository";
import { insertSensors } from "./repositories/sensors.repository";
import type { Database } from "./schema";

export interface CityData {
  districts: readonly DistrictInfo[];
  grids: readonly GridCell[];
  departments: readonly Department[];
  catalogue: readonly Category[];
  workers: readonly DemoWorker[];
  sensors: readonly Sensor[];
  /** Emergency resources; a demo city's are marked `demo`. */
  resources: readonly DemoResource[];
}

const CHUNK = 1_000;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/**
 * Loads a city's reference data. Rows already present are left as they are: the catalogue, the
 * workers, the sensors' thresholds and the resources' states are edited in the running system, and a
 * re-seed must not undo that.
 */
export async function seedCity(db: Kysely<Database>, city: CityData): Promise<void> {
  await db.transaction().execute(async (tx) => {
    await tx
      .insertInto("districts")
      .values(city.districts.map((d) => ({ adcode: d.adcode, name_zh: d.nameZh, name_en: d.nameEn })))
      .onConflict((oc) => oc.column("adcode").doNothing())
      .execute();
    for (const part of chunks(city.grids)) {
      await tx.insertInto("grids").values(part).onConflict((oc) => oc.column("cell").doNothing()).execute();
    }
    await tx
      .insertInto("departments")
      .values(city.departments.map((d) => ({ code: d.code, name_zh: d.nameZh, name_en: d.nameEn })))
      .onConflict((oc) => oc.column("code").doNothing())
      .execute();
    await tx
      .insertInto("categories")
      .values(
        city.catalogue.map((c) => ({
          code: c.code,
          name_zh: c.nameZh,
          name_en: c.nameEn,
          department: c.department,
          priority: c.priority,
          skills: c.skills,
          sla_sign_for_minutes: c.sla.signForMinutes,
          sla_arrive_minutes: c.sla.arriveMinutes,
          sla_resolve_minutes: c.sla.resolveMinutes,
          summon_departments: c.summonDepartments,
          auto_dispatch: c.autoDispatch,
        })),
      )
      .onConflict((oc) => oc.column("code").doNothing())
      .execute();
    for (const part of chunks(city.workers)) {
      await tx
        .insertInto("workers")
        .values(
          part.map((w) => ({
            id: w.id,
            name: w.name,
            phone: w.phone,
            district: w.district,
            grid_cell: w.gridCell,
            skills: w.skills,
            max_load: w.maxLoad,
            lat: w.lat,
            lng: w.lng,
          })),
        )
        .onConflict((oc) => oc.column("id").doNothing())
        .execute();
    }
    for (const part of chunks(city.sensors)) await insertSensors(tx, part);
    await insertResources(tx, city.resources, new Date());
  });
}
