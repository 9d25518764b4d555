import type { RiskCell, RiskHorizon } from "@/lib/contracts/risk";
import type { RiskActionKind } from "@/lib/contracts/risk-action";
import { riskHorizonHours } from "@/lib/contracts/risk";

/** The catalogue's category for work done before the water comes (防汛预置). */
export const FLOOD_PREVENTION_CATEGORY = "flood_prevention";

export interface RiskActionFacts {
  kind: RiskActionKind;
  cell: RiskCell;
  horizon: RiskHorizon;
  computedAt: Date;
  /** The resource used, by its code; null for an evacuation. */
  resourceCode: string | null;
  /** sandbags: bags taken; shelter, evacuate: people to move; pump: null. */
  amount: number | null;
  households: number;
}

/**
 * What the case says, in the city's working language. It is seen on screens by people who may not see the
 * households, so it counts them and never names one.
 */
export function riskActionDescription(facts: RiskActionFacts): string {
  const chance = `${riskHorizonHours(facts.horizon)} 小时内积水概率 ${Math.round(facts.cell.score * 100)}%`;
  switch (facts.kind) {
    case "pump":
      return `防汛预置：泵车 ${facts.resourceCode} 前往风险点（${chance}）`;
    case "sandbags":
      return `防汛预置：从 ${facts.resourceCode} 调沙袋 ${facts.amount} 袋到风险点（${chance}）`;
    case "shelter":
      return `防汛预置：避难点 ${facts.resourceCode} 准备接收 ${facts.amount} 人（${chance}）`;
    case "evacuate":
      return `防汛预置：转移风险点困难群体 ${facts.households} 户 ${facts.amount} 人（${chance}）`;
  }
}

/** The case history's record of the risk that motivated it, as the dispatcher saw it. */
export function riskActionHistoryDetail(facts: RiskActionFacts, resourceId: string | null): Record<string, unknown> {
  return {
    kind: facts.kind,
    risk: { cell: facts.cell.cell, score: facts.cell.score, horizon: facts.horizon, reasons: facts.cell.reasons, computedAt: facts.computedAt.toISOString() },
    resourceId,
    resourceCode: facts.resourceCode,
    amount: facts.amount,
  };
}
