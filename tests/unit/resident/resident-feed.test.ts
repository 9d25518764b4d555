import { describe, expect, it } from "vitest";
import type { Stage } from "@/lib/contracts/stage";
import { residentFeed } from "@/lib/domain/notifications/resident-feed";
import type { NoticeSource } from "@/lib/domain/notifications/resident-notice";

let minute = 0;
const step = (action: string, toStage: Stage | null, detail: Record<string, unknown> = {}): NoticeSource => ({
  at: new Date(Date.UTC(2026, 10, 23, 2, minute++)).toISOString(),
  action,
  toStage,
  detail,
});

describe("the reporter's feed", () => {
  it("tells each step of the closed loop in the reporter's words, oldest first", () => {
    const feed = residentFeed([
      step("report", "reported", { eventId: "e1" }),
      step("accept", "accepted", { rule: "known-category" }),
      step("dispatch", "dispatched", { workerId: "W0001", travelMeters: 420 }),
      step("sign_for", "in_progress"),
      step("arrive", "in_progress"),
      step("resolve", "resolved", { result: "已清运" }),
      step("rate", "rated", { rating: "basically_satisfied" }),
      step("close", "closed"),
    ]);
    expect(feed.map((f) => f.key)).toEqual(["received", "accepted", "dispatched", "signed_for", "arrived", "resolved", "rated", "closed"]);
    expect(feed.map((f) => f.message.zh)).toEqual([
      "已收到您的反映",
      "已受理，正在安排处理",
      "已派给网格员处理",
      "网格员已接单，正在前往现场",
      "网格员已到场",
      "已处理完毕，请评价",
      "感谢您的评价：基本满意",
      "已结案，感谢您的反映",
    ]);
    expect(feed[2]!.message.en).toBe("Assigned to a grid worker");
    expect(feed.map((f) => f.at)).toEqual([...feed.map((f) => f.at)].sort());
  });

  it("keeps the city's internal steps and notes out: recalls, reassignments, breaches, escalations, worker ids", () => {
    const feed = residentFeed([
      step("dispatch", "dispatched", { workerId: "W0001" }),
      step("sla_breach", "dispatched", { clock: "sign_for" }),
      step("recall", "accepted", { reason: "签收超时，系统收回改派" }),
      step("reassign", "dispatched", { reason: "就近改派", workerId: "W0002" }),
      step("escalate", "dispatched", { clock: "resolve" }),
      step("summon", null),
      step("cancel", "cancelled", { reason: "内部：与 SH-1 重复" }),
    ]);
    expect(feed.map((f) => f.key)).toEqual(["dispatched", "cancelled"]);
    expect(JSON.stringify(feed)).not.toMatch(/W000|签收超时|内部/);
  });

  it("gives a rejection its reason, and says an unsatisfied rating reopened the case", () => {
    const [rejected, reopened, reopenedByDesk] = residentFeed([
      step("reject", "rejected", { reason: "不属于本平台受理范围" }),
      step("rate", "reopened", { rating: "unsatisfied" }),
      step("reopen", "reopened", { reason: "复查未达标" }),
    ]);
    expect(rejected!.message).toEqual({ zh: "不予受理（原因：不属于本平台受理范围）", en: "Not accepted (reason: 不属于本平台受理范围)" });
    expect(reopened).toMatchObject({ key: "reopened", message: { zh: "您的评价：不满意。已重新办理", en: "You were not satisfied. Being handled again" } });
    expect(reopenedByDesk!.message.zh).toBe("已重新办理");
  });

  it("ignores what it cannot read rather than guessing", () => {
    expect(residentFeed([step("rate", "rated", { rating: "great" }), step("toString", "accepted")]).map((f) => f.message.zh)).toEqual([
      "感谢您的评价",
    ]);
  });
});
