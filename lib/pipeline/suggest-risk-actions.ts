import type { RiskHorizon } from "@/lib/contracts/risk";
import type { RiskCellActions } from "@/lib/contracts/risk-action";
import { listResources } from "@/lib/db/repositories/resources.repository";
import type { Actor } from "@/lib/domain/cases/case-rules";
import { planRiskActions } from "@/lib/domain/risk/risk-actions";
import type { PipelineContext } from "./pipeline-context";
import { loadRiskPoint } from "./risk-point";

export type RiskActionsOutcome = { ok: true; view: RiskCellActions } | { ok: false; status: 404; code: string; message: string };

/** A cell's latest risk for the horizon and what to send there, households masked as this viewer must see them; nothing is sent. */
export async function suggestRiskActions(
  ctx: Pick<PipelineContext, "db" | "clock" | "reference" | "dispatchPolicy">,
  cell: string,
  horizon: RiskHorizon,
  actor: Actor,
): Promise<RiskActionsOutcome> {
  const lookup = await loadRiskPoint(ctx, { cell, horizon }, actor);
  if (!lookup.ok) return lookup;
  const { point } = lookup;
  const resources = await listResources(ctx.db, { kinds: ["pump", "sandbags", "shelter"] });
  return {
    ok: true,
    view: {
      cell,
      horizon,
      computedAt: point.computedAt.toISOString(),
      score: point.cell.score,
      reasons: point.cell.reasons,
      lat: point.at.lat,
      lng: point.at.lng,
      district: point.district,
      suggestions: planRiskActions(point, resources, ctx.dispatchPolicy.roadFactor),
    },
  };
}
