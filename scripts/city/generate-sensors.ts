import type { GridCell } from "@/lib/city/schemas";
import type { Sensor, SensorKind } from "@/lib/contracts/sensor";
import { offsetMeters } from "@/scripts/simulator/model/local-meters";
import type { Random } from "@/scripts/simulator/model/seeded-random";
import { roundCoordinate } from "./convert-districts";

export interface SensorKindPlan {
  kind: SensorKind;
  idPrefix: string;
  count: number;
  unit: string;
  alarm: Sensor["alarm"];
}

/** Each kind's sensors in distinct grids drawn at random, a little off the grid's centre. */
export function generateSensors(grids: readonly GridCell[], random: Random, plans: readonly SensorKindPlan[], jitterMeters: number): Sensor[] {
  return plans.flatMap((plan) => {
    if (plan.count > grids.length) throw new Error(`${plan.count} ${plan.kind} sensors need as many grids`);
    const pool = [...grids];
    return Array.from({ length: plan.count }, (_, i) => {
      const [grid] = pool.splice(random.int(0, pool.length), 1) as [GridCell];
      const position = offsetMeters(grid, random.gaussian() * jitterMeters, random.gaussian() * jitterMeters);
      return {
        id: `${plan.idPrefix}-${String(i + 1).padStart(4, "0")}`,
        kind: plan.kind,
        lat: roundCoordinate(position.lat),
        lng: roundCoordinate(position.lng),
        district: grid.district,
        gridCell: grid.cell,
        unit: plan.unit,
        alarm: plan.alarm,
      };
    });
  });
}
