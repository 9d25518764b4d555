import { describe, expect, it } from "vitest";
import { rankWorkers, type DispatchCandidate } from "@/lib/domain/dispatch/choose-worker";

const policy = { roadFactor: 1.3, ownGridAdvantageMeters: 300 };
const need = { skills: ["sanitation"], gridCell: "cell-a" };

function candidate(overrides: Partial<DispatchCandidate> & { id: string }): DispatchCandidate {
  return { straightLineMeters: 1000, onDuty: true, skills: ["sanitation"], load: 0, maxLoad: 5, gridCell: "cell-z", ...overrides };
}

describe("rankWorkers", () => {
  it("prefers the nearest eligible worker and applies the road factor", () => {
    const reason = rankWorkers(
      [candidate({ id: "far", straightLineMeters: 2000 }), candidate({ id: "near", straightLineMeters: 500 })],
      need,
      policy,
    );
    expect(reason.ranked.map((r) => r.id)).toEqual(["near", "far"]);
    expect(reason.ranked[0]?.travelMeters).toBe(650);
    expect(reason.candidatesConsidered).toBe(2);
  });

  it("excludes off-duty, unskilled and full workers and counts why", () => {
    const reason = rankWorkers(
      [
        candidate({ id: "off", straightLineMeters: 10, onDuty: false }),
        candidate({ id: "unskilled", straightLineMeters: 20, skills: ["drainage"] }),
        candidate({ id: "full", straightLineMeters: 30, load: 5, maxLoad: 5 }),
        candidate({ id: "ok", straightLineMeters: 4000 }),
      ],
      need,
      policy,
    );
    expect(reason.ranked.map((r) => r.id)).toEqual(["ok"]);
    expect(reason.excluded).toEqual({ off_duty: 1, missing_skill: 1, at_capacity: 1 });
  });

  it("needs every skill of the category, not just one", () => {
    const reason = rankWorkers(
      [candidate({ id: "half", skills: ["sanitation"] }), candidate({ id: "both", skills: ["sanitation", "drainage"], straightLineMeters: 3000 })],
      { skills: ["sanitation", "drainage"], gridCell: "x" },
      policy,
    );
    expect(reason.ranked.map((r) => r.id)).toEqual(["both"]);
  });

  it("prefers the case's own grid unless a stranger is much nearer", () => {
    const own = candidate({ id: "own", straightLineMeters: 1100, gridCell: "cell-a" });
    const slightlyNearer = candidate({ id: "stranger", straightLineMeters: 1000 });
    expect(rankWorkers([slightlyNearer, own], need, policy).ranked[0]?.id).toBe("own");
    const muchNearer = candidate({ id: "stranger", straightLineMeters: 200 });
    expect(rankWorkers([muchNearer, own], need, policy).ranked[0]?.id).toBe("stranger");
  });

  it("breaks equal distances by lower load", () => {
    const reason = rankWorkers(
      [candidate({ id: "busy", load: 3 }), candidate({ id: "idle", load: 0 })],
      need,
      policy,
    );
    expect(reason.ranked.map((r) => r.id)).toEqual(["idle", "busy"]);
  });

  it("returns no one when nobody qualifies", () => {
    expect(rankWorkers([], need, policy).ranked).toEqual([]);
  });
});
