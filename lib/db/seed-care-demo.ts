import type { Kysely } from "kysely";
import type { DemoCareHousehold } from "@/lib/city/shanghai/care-households";
import { insertHouseholds } from "./repositories/care.repository";
import { insertSensors } from "./repositories/sensors.repository";
import type { Database } from "./schema";

/** Registers the demo city's households in care and their meters, once: households and meters already there are kept. */
export async function seedDemoCareHouseholds(db: Kysely<Database>, households: readonly DemoCareHousehold[], now: Date): Promise<number> {
  await insertSensors(db, households.flatMap((h) => [h.waterMeter, h.electricityMeter]));
  return insertHouseholds(
    db,
    households.map((h) => ({
      id: h.id,
      category: "elderly_alone",
      name: h.name,
      address: h.address,
      phone: h.phone,
      id_number: null,
      lat: h.lat,
      lng: h.lng,
      district: h.waterMeter.district,
      grid_cell: h.waterMeter.gridCell,
      water_meter_id: h.waterMeter.id,
      electricity_meter_id: h.electricityMeter.id,
      grid_worker_id: h.gridWorkerId,
      family_contacts: [h.familyContact],
      consent_given_by: h.name,
      consent_at: now,
      consent_scope: "演示数据：水电表读数用于独居关怀告警",
      created_at: now,
      updated_at: now,
      demo: true,
    })),
    "system:demo-seed",
    now,
  );
}
