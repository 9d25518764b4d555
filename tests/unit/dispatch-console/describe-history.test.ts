import { describe, expect, it } from "vitest";
import { describeActor, describeHistory } from "@/app/dispatch/_console/describe-history";
import { dispatchMessages } from "@/app/dispatch/_console/dispatch-messages";
import type { HistoryItem } from "@/lib/contracts";

const zh = dispatchMessages["zh-CN"];
const en = dispatchMessages.en;
const names = new Map([["W0001", "方建"], ["W0002", "邓英"]]);
const workerName = (id: string) => names.get(id) ?? id;
const entry = (overrides: Partial<HistoryItem>): HistoryItem => ({
  at: "2026-07-01T08:00:00.000Z",
  actor: "system",
  action: "accept",
  fromStage: "reported",
  toStage: "accepted",
  detail: {},
  ...overrides,
});

describe("describeActor", () => {
  it("names people by role, the system by what it did, channels by name", () => {
    expect(describeActor("dispatcher:user-dispatcher", zh)).toBe("调度员 user-dispatcher");
    expect(describeActor("dispatcher:user-dispatcher", zh, "王调度")).toBe("调度员 王调度");
    expect(describeActor("system:auto-dispatch", zh)).toBe("系统 · 自动派单");
    expect(describeActor("system:sla", en)).toBe("System · deadlines");
    expect(describeActor("system", zh)).toBe("系统");
    expect(describeActor("channel:hotline", zh)).toBe("渠道 · 12345 热线");
    expect(describeActor("robot:7", zh)).toBe("robot:7");
  });
});

describe("describeHistory", () => {
  it("tells the risk a case opened from a risk point was sent for, its reasons in words", () => {
    const detail = {
      kind: "pump",
      risk: { cell: "89309b94c27ffff", score: 0.82, horizon: "3h", computedAt: "2026-07-01T07:59:00.000Z", reasons: [{ kind: "low_ground", lowness: 0.48 }, { kind: "past_reports", count: 2 }] },
      resourceId: "7d4b2c1e-0000-4000-8000-000000000001",
      resourceCode: "PT-0005",
      amount: null,
    };
    const motive = entry({ actor: "dispatcher:d1", action: "risk_action", fromStage: null, toStage: null, detail });
    expect(describeHistory(motive, zh, workerName)).toEqual({
      action: "据风险点派出",
      actor: "调度员 d1",
      facts: ["3 小时内积水概率 82%", "地势低洼（48%）", "历史积水记录 2 次"],
      note: null,
    });
    expect(describeHistory(motive, en, workerName).facts).toEqual(["risk 82% within 3 h", "low ground (48% hollow)", "2 past waterlogging reports"]);
    // A risk it cannot read is left out rather than shown wrong.
    expect(describeHistory(entry({ action: "risk_action", detail: { risk: { score: "high" } } }), zh, workerName).facts).toEqual([]);
  });

  it("tells a reassignment from whom to whom, how far, and why", () => {
    const line = describeHistory(
      entry({ actor: "dispatcher:d1", action: "reassign", fromStage: "dispatched", toStage: "dispatched", detail: { workerId: "W0002", fromWorkerId: "W0001", travelMeters: 1450, reason: "原处置人请假" } }),
      zh,
      workerName,
    );
    expect(line).toEqual({ action: "改派", actor: "调度员 d1", facts: ["原处置人 方建", "处置人 邓英", "行程约 1.4 km"], note: "原处置人请假" });
  });

  it("gives a resident's rating in the console's language", () => {
    const rated = entry({ actor: "resident:u1", action: "rate", fromStage: "resolved", toStage: "reopened", detail: { rating: "unsatisfied" } });
    expect(describeHistory(rated, zh, workerName).note).toBe("不满意");
    expect(describeHistory(rated, en, workerName).note).toBe("Not satisfied");
  });

  it("names both sides of a merge and falls back to the raw action and id when it knows no better", () => {
    expect(describeHistory(entry({ action: "merge", detail: { mergeIntoCode: "SH-1" } }), en, workerName).facts).toEqual(["into SH-1"]);
    expect(describeHistory(entry({ action: "merge_in", detail: { mergedCode: "SH-2" } }), zh, workerName).facts).toEqual(["并入重复单 SH-2"]);
    const unknown = describeHistory(entry({ action: "summon", detail: { workerId: "W0404", result: "已清运" } }), zh, workerName);
    expect(unknown).toMatchObject({ action: "summon", facts: ["处置人 W0404"], note: "已清运" });
  });
});
