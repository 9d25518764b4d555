import { z } from "zod";

/** The horizons the risk map is computed for. */
export const riskHorizons = ["1h", "3h", "6h"] as const;
export const riskHorizonSchema = z.enum(riskHorizons);
export type RiskHorizon = z.infer<typeof riskHorizonSchema>;

export function riskHorizonHours(horizon: RiskHorizon): number {
  return Number.parseInt(horizon, 10);
}

/** Why a cell scores as it does, in numbers (lib/domain/risk/cell-risk.ts). */
export const riskReasonSchema = z.discriminatedUnion("kind", [
  /** Rain expected over the horizon against what the district's drains take in that time, mm. */
  z.object({ kind: z.literal("rain"), expectedMm: z.number(), drainageMm: z.number(), ratio: z.number() }),
  /** Water standing now by the balance of the last hours' rain (or the cell's own gauge), mm. */
  z.object({ kind: z.literal("standing"), mm: z.number() }),
  /** 0 level … 1 a marked hollow, from public terrain. */
  z.object({ kind: z.literal("low_ground"), lowness: z.number() }),
  z.object({ kind: z.literal("water_level"), gaugeId: z.string(), levelCm: z.number(), riseCmPerHour: z.number() }),
  /** Past heavy rains the cell was reported flooded in (the historical waterlogging registry). */
  z.object({ kind: z.literal("past_reports"), count: z.number().int() }),
  /** Waterlogging reports received from the cell in the last hours. */
  z.object({ kind: z.literal("reported_now"), count: z.number().int() }),
  /** Vulnerable households registered in the cell (the care registry). */
  z.object({ kind: z.literal("vulnerable_households"), count: z.number().int() }),
]);
export type RiskReason = z.infer<typeof riskReasonSchema>;

export const riskCellSchema = z.object({
  cell: z.string(),
  /** The district (adcode) the grid cell lies in, for a list to name it; null for computations stored before it was kept. */
  district: z.number().int().nullable().default(null),
  /** Chance of water standing in the cell within the horizon, 0–1. */
  score: z.number().min(0).max(1),
  reasons: z.array(riskReasonSchema),
});
export type RiskCell = z.infer<typeof riskCellSchema>;

export const riskQuerySchema = z.object({ horizon: riskHorizonSchema });

/** GET /api/risk: the latest computation for a horizon, highest score first; `computedAt` null before the first. */
export const riskMapSchema = z.object({
  computedAt: z.iso.datetime({ offset: true }).nullable(),
  /** The newest reading or forecast the computation saw. */
  inputsAsOf: z.iso.datetime({ offset: true }).nullable(),
  horizon: riskHorizonSchema,
  cells: z.array(riskCellSchema),
});
export type RiskMapView = z.infer<typeof riskMapSchema>;

/** The `risk` delta: the few top cells of each horizon, small enough to push on every recomputation. */
export const riskTopSchema = z.object({
  computedAt: z.iso.datetime({ offset: true }),
  horizons: z.array(z.object({ horizon: riskHorizonSchema, cells: z.array(riskCellSchema) })),
});
export type RiskTop = z.infer<typeof riskTopSchema>;
