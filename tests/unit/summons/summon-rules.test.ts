import { describe, expect, it } from "vitest";
import { ackDueAt, automaticWhistle, defaultWhistleDeadlines, maySummon, summonedStatus } from "@/lib/domain/summons/summon-rules";

const summonedAt = new Date("2026-11-23T02:00:00Z");
const due = ackDueAt("emergency", summonedAt, defaultWhistleDeadlines);

describe("吹哨报到 rules", () => {
  it("gives an emergency whistle 30 minutes by default, a hard case 2 hours, routine a day", () => {
    expect(due.toISOString()).toBe("2026-11-23T02:30:00.000Z");
    expect(ackDueAt("hard", summonedAt, defaultWhistleDeadlines).toISOString()).toBe("2026-11-23T04:00:00.000Z");
    expect(ackDueAt("routine", summonedAt, { ...defaultWhistleDeadlines, routine: 10 }, 1000).getTime() - summonedAt.getTime()).toBe(10_000);
  });

  it("tells on time, late, pending and missed apart", () => {
    const before = new Date(due.getTime() - 1);
    const after = new Date(due.getTime() + 1);
    expect(summonedStatus({ acknowledgedAt: before, missedAt: null }, due, after)).toBe("acknowledged");
    expect(summonedStatus({ acknowledgedAt: after, missedAt: due }, due, after)).toBe("late");
    expect(summonedStatus({ acknowledgedAt: null, missedAt: null }, due, before)).toBe("pending");
    expect(summonedStatus({ acknowledgedAt: null, missedAt: null }, due, after)).toBe("missed");
  });

  it("blows the emergency whistle automatically for urgent cases only", () => {
    expect(automaticWhistle("urgent")).toBe("emergency");
    expect(automaticWhistle("high")).toBe("routine");
  });

  it("lets only the desk and the system summon", () => {
    expect(["dispatcher", "admin", "system", "operator", "grid_worker", "department_staff"].filter(maySummon)).toEqual(["dispatcher", "admin", "system"]);
  });
});
