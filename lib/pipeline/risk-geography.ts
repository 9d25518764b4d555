import type { Kysely } from "kysely";
import { DEFAULT_LEVEL_ALARM_CM, riskCellsOf } from "@/lib/city/shanghai/risk-cells";
import type { Database } from "@/lib/db/schema";
import { createRiskMap, type LevelGauge, type RainGauge, type RiskMap } from "@/lib/domain/risk/risk-map";

export interface RiskGeography {
  riskMap: RiskMap;
  rainGauges: readonly RainGauge[];
  levelGauges: readonly LevelGauge[];
  /** The district (adcode) of each grid cell. */
  districtOfCell: ReadonlyMap<string, number>;
}

let cached: { key: string; geography: RiskGeography } | null = null;

/**
 * The risk model's fixed ground: the city's grid cells with their drainage, terrain and waterlogging history,
 * and its rain and water-level gauges, as the database holds them (so another city's gauges drive it too).
 * Building the map weighs every gauge for every cell; it is kept while grid and gauges stay the same.
 */
export async function loadRiskGeography(db: Kysely<Database>): Promise<RiskGeography> {
  const [grids, gauges] = await Promise.all([
    db.selectFrom("grids").select(["cell", "district", "lat", "lng"]).orderBy("cell").execute(),
    db
      .selectFrom("sensors")
      .select(["id", "kind", "lat", "lng", "grid_cell", "alarm_above"])
      .where("kind", "in", ["rain_gauge", "water_level"])
      .orderBy("id")
      .execute(),
  ]);
  const key = `${grids.length}:${grids[0]?.cell}:${grids.at(-1)?.cell}|${gauges.map((g) => `${g.id}@${g.lat},${g.lng}`).join(";")}`;
  if (cached?.key === key) return cached.geography;
  const rainGauges = gauges.filter((g) => g.kind === "rain_gauge").map((g) => ({ id: g.id, lat: g.lat, lng: g.lng }));
  const levelGauges = gauges
    .filter((g) => g.kind === "water_level")
    .map((g) => ({ id: g.id, lat: g.lat, lng: g.lng, gridCell: g.grid_cell, alarmCm: g.alarm_above ?? DEFAULT_LEVEL_ALARM_CM }));
  const riskMap = createRiskMap(riskCellsOf(grids), rainGauges, levelGauges);
  cached = { key, geography: { riskMap, rainGauges, levelGauges, districtOfCell: new Map(grids.map((g) => [g.cell, g.district])) } };
  return cached.geography;
}
