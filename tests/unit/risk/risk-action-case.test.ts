import { describe, expect, it } from "vitest";
import { riskActionDescription, riskActionHistoryDetail, type RiskActionFacts } from "@/lib/domain/risk/risk-action-case";

const facts: RiskActionFacts = {
  kind: "evacuate",
  cell: { cell: "89309b94c27ffff", district: 310104, score: 0.816, reasons: [{ kind: "vulnerable_households", count: 3 }] },
  horizon: "6h",
  computedAt: new Date("2026-12-06T02:00:00.000Z"),
  resourceCode: null,
  amount: 4,
  households: 3,
};

describe("the case a risk action opens", () => {
  it("says what was sent and the chance that motivated it, counting households and never naming one", () => {
    expect(riskActionDescription(facts)).toBe("防汛预置：转移风险点困难群体 3 户 4 人（6 小时内积水概率 82%）");
    expect(riskActionDescription({ ...facts, kind: "pump", resourceCode: "PT-0005", amount: null })).toBe("防汛预置：泵车 PT-0005 前往风险点（6 小时内积水概率 82%）");
    expect(riskActionDescription({ ...facts, kind: "sandbags", resourceCode: "SD-0004", amount: 160 })).toContain("从 SD-0004 调沙袋 160 袋");
    expect(riskActionDescription({ ...facts, kind: "shelter", resourceCode: "SH-0005" })).toContain("避难点 SH-0005 准备接收 4 人");
  });

  it("keeps the risk as the dispatcher saw it in the history", () => {
    expect(riskActionHistoryDetail(facts, null)).toEqual({
      kind: "evacuate",
      risk: { cell: "89309b94c27ffff", score: 0.816, horizon: "6h", reasons: facts.cell.reasons, computedAt: "2026-12-06T02:00:00.000Z" },
      resourceId: null,
      resourceCode: null,
      amount: 4,
    });
  });
});
