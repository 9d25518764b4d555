import type { RiskCell } from "@/lib/domain/risk/risk-map";
import { designDrainageMmH } from "./design-drainage";
import { pastWaterloggingReports, publicLowness } from "./public-registries";

/** A water-level gauge with no alarm configured alarms at this depth of standing water, cm. */
export const DEFAULT_LEVEL_ALARM_CM = 15;

/**
 * The risk model's ground for the demo city's grid cells: each district's design drainage, public terrain and the
 * waterlogging registry. Vulnerable households are counted afresh at every computation (compute-risk.ts).
 */
export function riskCellsOf(grids: readonly { cell: string; district: number; lat: number; lng: number }[]): RiskCell[] {
  return grids.map((g) => ({
    cell: g.cell,
    lat: g.lat,
    lng: g.lng,
    drainageMmH: designDrainageMmH(g.district),
    lowness: publicLowness.get(g.cell) ?? 0,
    pastWaterloggingReports: pastWaterloggingReports.get(g.cell) ?? 0,
    vulnerableHouseholds: 0,
  }));
}
