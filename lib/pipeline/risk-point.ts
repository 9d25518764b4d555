import { cellToLatLng } from "h3-js";
import type { HouseholdView } from "@/lib/contracts/care";
import { riskHorizonHours, type RiskCell, type RiskHorizon } from "@/lib/contracts/risk";
import { latestRiskComputation, riskComputationAt } from "@/lib/db/repositories/risk.repository";
import type { Actor } from "@/lib/domain/cases/case-rules";
import type { RiskPoint } from "@/lib/domain/risk/risk-actions";
import { careViewerOf } from "./care/household-view";
import { householdsOfCells } from "./care/households-of-cells";
import type { PipelineContext } from "./pipeline-context";

export interface LoadedRiskPoint extends RiskPoint {
  cell: RiskCell;
  horizon: RiskHorizon;
  computedAt: Date;
  district: number | null;
  households: HouseholdView[];
}

export type RiskPointLookup = { ok: true; point: LoadedRiskPoint } | { ok: false; status: 404; code: "no_risk"; message: string };

/**
 * A cell's risk for a horizon, from the latest computation or from the one made at `computedAt` (the one a
 * client was shown), with the households registered in it as this viewer may see them.
 */
export async function loadRiskPoint(
  ctx: Pick<PipelineContext, "db" | "clock" | "reference">,
  query: { cell: string; horizon: RiskHorizon; computedAt?: Date },
  actor: Actor,
): Promise<RiskPointLookup> {
  const hours = riskHorizonHours(query.horizon);
  const computation = query.computedAt ? await riskComputationAt(ctx.db, hours, query.computedAt) : await latestRiskComputation(ctx.db, hours);
  const cell = computation?.cells.find((c) => c.cell === query.cell);
  if (!computation || !cell) {
    const when = query.computedAt ? `at ${query.computedAt.toISOString()}` : "in the latest computation";
    return { ok: false, status: 404, code: "no_risk", message: `no ${query.horizon} risk for cell ${query.cell} ${when}` };
  }
  const [lat, lng] = cellToLatLng(query.cell);
  const households = await householdsOfCells(ctx, [query.cell], await careViewerOf(ctx, actor));
  return {
    ok: true,
    point: {
      cell,
      horizon: query.horizon,
      computedAt: computation.computedAt,
      at: { lat, lng },
      district: ctx.reference.place(lat, lng).district,
      households,
      now: ctx.clock(),
    },
  };
}
