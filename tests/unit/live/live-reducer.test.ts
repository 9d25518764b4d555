import { describe, expect, it } from "vitest";
import { reduceLive, type LiveAction } from "@/app/_live/live-reducer";
import { defaultLiveLimits, hasGap, initialLiveState, type LiveLimits, type LiveState } from "@/app/_live/live-state";
import type { Delta } from "@/lib/contracts";
import { aCase, aKpi, aSnapshot, aWorker, caseDelta, casePatch, workerDelta } from "./live-fixtures";

const at = 1_000;

function run(actions: LiveAction[], limits?: LiveLimits, from: LiveState = initialLiveState): LiveState {
  return actions.reduce((state, action) => reduceLive(state, action, limits), from);
}

const snapshotAt = (seq: number, cases = [aCase("a", { version: 1 })]): LiveAction => ({
  type: "snapshot-loaded",
  snapshot: aSnapshot(seq, { cases }),
  at,
});
const deltas = (...list: Delta[]): LiveAction => ({ type: "deltas-received", deltas: list, at });

describe("reduceLive: snapshot", () => {
  it("keys cases by id and starts the sequence at the snapshot's seq", () => {
    const state = run([snapshotAt(10, [aCase("a"), aCase("b")])]);
    expect([...state.cases.keys()]).toEqual(["a", "b"]);
    expect(state).toMatchObject({ sync: "live", hasSnapshot: true, lastSeq: 10, snapshotSeq: 10, dataAsOf: at });
    expect(hasGap(state)).toBe(false);
  });

  it("replays deltas received before it that it does not cover, and drops those it does", () => {
    const state = run([deltas(caseDelta(9, "a", 5), caseDelta(11, "a", 7), caseDelta(12, "new", 1)), snapshotAt(10)]);
    expect(state.cases.get("a")?.version).toBe(7);
    expect(state.cases.has("new")).toBe(true);
    expect(state.lastSeq).toBe(12);
    expect(state.pending).toEqual([]);
  });

  it("ignores deltas at or below its seq even for cases it does not hold", () => {
    const state = run([snapshotAt(10), deltas(caseDelta(10, "gone", 3), caseDelta(4, "old", 1))]);
    expect(state.cases.has("gone")).toBe(false);
    expect(state.cases.has("old")).toBe(false);
    expect(state.lastSeq).toBe(10);
  });
});

describe("reduceLive: versions", () => {
  it("applies a newer version of a case", () => {
    const state = run([snapshotAt(10), deltas(caseDelta(11, "a", 2, "dispatched"))]);
    expect(state.cases.get("a")).toMatchObject({ version: 2, stage: "dispatched" });
  });

  it("ignores a stale version but still advances the sequence", () => {
    const before = run([snapshotAt(10, [aCase("a", { version: 5, stage: "in_progress" })])]);
    const after = reduceLive(before, deltas(caseDelta(11, "a", 4, "dispatched")));
    expect(after.cases).toBe(before.cases);
    expect(after.cases.get("a")?.stage).toBe("in_progress");
    expect(after.lastSeq).toBe(11);
  });

  it("ignores a repeated delta", () => {
    const once = run([snapshotAt(10), deltas(caseDelta(11, "a", 2))]);
    const twice = reduceLive(once, deltas(caseDelta(11, "a", 2)));
    expect(twice.cases).toBe(once.cases);
    expect(twice.lastSeq).toBe(11);
  });

  it("keeps the newest version when deltas arrive out of order", () => {
    const state = run([snapshotAt(10), deltas(caseDelta(12, "a", 3, "in_progress")), deltas(caseDelta(11, "a", 2, "dispatched"))]);
    expect(state.cases.get("a")).toMatchObject({ version: 3, stage: "in_progress" });
    expect(state.lastSeq).toBe(12);
  });

  it("sorts a batch by seq before applying it", () => {
    const state = run([snapshotAt(10), deltas(caseDelta(13, "a", 4), caseDelta(11, "a", 2), caseDelta(12, "a", 3))]);
    expect(state.cases.get("a")?.version).toBe(4);
    expect(state.lastSeq).toBe(13);
  });

  it("moves a worker forward by seq, since workers carry no version", () => {
    const state = run([
      { type: "snapshot-loaded", snapshot: aSnapshot(10, { workers: [aWorker("w", { load: 1 })] }), at },
      deltas(workerDelta(12, aWorker("w", { load: 3 }))),
      deltas(workerDelta(11, aWorker("w", { load: 2 }))),
      deltas(workerDelta(9, aWorker("w", { load: 0 }))),
    ]);
    expect(state.workers.get("w")?.load).toBe(3);
  });
});

describe("reduceLive: case patches", () => {
  const held = aCase("a", { version: 1, stage: "accepted", description: "积水", assigneeId: null });

  it("merges the fields a patch changed into the case held, at the patch's version, keeping the others", () => {
    const patch = casePatch(11, "a", 2, { stage: "dispatched", assigneeId: "W7", assigneeName: "张三", dispatchedAt: "2026-12-06T03:00:00.000Z" });
    const state = run([snapshotAt(10, [held]), deltas(patch)]);
    expect(state.cases.get("a")).toEqual({ ...held, stage: "dispatched", assigneeId: "W7", assigneeName: "张三", dispatchedAt: "2026-12-06T03:00:00.000Z", version: 2 });
    expect(state.caseChanges.list).toEqual([{ previous: held, next: state.cases.get("a") }]);
    expect(state.lastSeq).toBe(11);
  });

  it("applies a whole case and a patch of it in one batch, in seq order", () => {
    const state = run([snapshotAt(10, []), deltas(casePatch(12, "a", 2, { stage: "dispatched" }), { seq: 11, kind: "case", case: held })]);
    expect(state.cases.get("a")).toMatchObject({ stage: "dispatched", description: "积水", version: 2 });
  });

  it("passes over a patch of a version the screen already has, or of a case it does not hold, and still advances", () => {
    const before = run([snapshotAt(10, [aCase("a", { version: 3, stage: "in_progress" })])]);
    const after = reduceLive(before, deltas(casePatch(11, "a", 2, { stage: "dispatched" }), casePatch(12, "unknown", 5, { stage: "closed" })));
    expect(after.cases).toBe(before.cases);
    expect(after.cases.has("unknown")).toBe(false);
    expect(after.lastSeq).toBe(12);
  });

  it("counts a patched case as changed, not arrived", () => {
    const state = run([snapshotAt(10, [held]), deltas(casePatch(11, "a", 2, { stage: "dispatched" }))]);
    expect(state.arrivals.size).toBe(0);
  });
});

describe("reduceLive: gaps", () => {
  it("detects a gap, shows the delta at once, and closes the gap when the missing seqs arrive", () => {
    const gapped = run([snapshotAt(10), deltas(caseDelta(13, "late", 1))]);
    expect(hasGap(gapped)).toBe(true);
    expect(gapped.lastSeq).toBe(10);
    expect(gapped.cases.has("late")).toBe(true);
    expect(gapped.pending.map((d) => d.seq)).toEqual([13]);

    const caughtUp = reduceLive(gapped, deltas(caseDelta(11, "x", 1), caseDelta(12, "y", 1), caseDelta(13, "late", 1)));
    expect(hasGap(caughtUp)).toBe(false);
    expect(caughtUp.lastSeq).toBe(13);
    expect(caughtUp.pending).toEqual([]);
    expect([...caughtUp.cases.keys()].sort()).toEqual(["a", "late", "x", "y"]);
  });

  it("keeps a partial catch-up's gap open", () => {
    const state = run([snapshotAt(10), deltas(caseDelta(14, "b", 1)), deltas(caseDelta(11, "c", 1), caseDelta(12, "d", 1))]);
    expect(state.lastSeq).toBe(12);
    expect(hasGap(state)).toBe(true);
    expect(state.pending.map((d) => d.seq)).toEqual([14]);
  });

  it("bounds the deltas held across a gap, dropping the oldest", () => {
    const many = Array.from({ length: 5 }, (_, i) => caseDelta(20 + i, `c${i}`, 1));
    const state = run([snapshotAt(10), deltas(...many)], { ...defaultLiveLimits, maxPending: 3 });
    expect(state.pending.map((d) => d.seq)).toEqual([22, 23, 24]);
  });
});

describe("reduceLive: reset", () => {
  it("waits for a snapshot after a reset, keeps applying deltas, and replaces everything when it comes", () => {
    const reset = run([snapshotAt(10, [aCase("a"), aCase("stale")]), deltas(caseDelta(15, "b", 1)), { type: "snapshot-required" }]);
    expect(reset.sync).toBe("awaiting-snapshot");
    expect(hasGap(reset)).toBe(false);

    const meanwhile = reduceLive(reset, deltas(caseDelta(31, "c", 1)));
    expect(meanwhile.cases.has("c")).toBe(true);
    expect(meanwhile.lastSeq).toBe(10);

    const fresh = reduceLive(meanwhile, snapshotAt(30, [aCase("a", { version: 4 }), aCase("b")]));
    expect([...fresh.cases.keys()].sort()).toEqual(["a", "b", "c"]);
    expect(fresh.cases.get("a")?.version).toBe(4);
    expect(fresh).toMatchObject({ sync: "live", lastSeq: 31, pending: [] });
  });
});

describe("reduceLive: bounding", () => {
  const limits: LiveLimits = { ...defaultLiveLimits, maxCases: 3 };
  const hour = (h: number) => `2025-07-01T${String(h).padStart(2, "0")}:00:00.000Z`;

  it("drops the oldest finished cases first, then the oldest open ones, keeping the newest", () => {
    const state = run(
      [
        snapshotAt(10, [
          aCase("closed-old", { stage: "closed", createdAt: hour(1) }),
          aCase("open-old", { stage: "reported", createdAt: hour(2) }),
          aCase("closed-new", { stage: "closed", createdAt: hour(5) }),
        ]),
        deltas({ seq: 11, kind: "case", case: aCase("new", { createdAt: hour(6) }) }),
      ],
      limits,
    );
    expect([...state.cases.keys()].sort()).toEqual(["closed-new", "new", "open-old"]);

    const more = reduceLive(state, deltas({ seq: 12, kind: "case", case: aCase("newer", { createdAt: hour(7) }) }), limits);
    expect([...more.cases.keys()].sort()).toEqual(["new", "newer", "open-old"]);

    const evenMore = reduceLive(more, deltas({ seq: 13, kind: "case", case: aCase("newest", { createdAt: hour(8) }) }), limits);
    expect([...evenMore.cases.keys()].sort()).toEqual(["new", "newer", "newest"]);
  });

  it("bounds a large snapshot too", () => {
    const cases = Array.from({ length: 10 }, (_, i) => aCase(`c${i}`, { createdAt: hour(i) }));
    const state = run([snapshotAt(1, cases)], limits);
    expect([...state.cases.keys()].sort()).toEqual(["c7", "c8", "c9"]);
  });
});

describe("reduceLive: arrivals", () => {
  const limits: LiveLimits = { ...defaultLiveLimits, arrivalWindowMs: 30_000 };

  it("records cases first seen through a delta after the snapshot, not updates nor the snapshot's own", () => {
    const state = run([snapshotAt(10), deltas(caseDelta(11, "a", 2), caseDelta(12, "new", 1))], limits);
    expect([...state.arrivals]).toEqual([["new", at]]);
  });

  it("records nothing before the first snapshot, when everything looks new", () => {
    expect(run([deltas(caseDelta(11, "early", 1))], limits).arrivals.size).toBe(0);
  });

  it("forgets arrivals older than the window", () => {
    const arrived = run([snapshotAt(10), deltas(caseDelta(11, "first", 1))], limits);
    const later = reduceLive(arrived, { type: "deltas-received", deltas: [caseDelta(12, "second", 1)], at: at + 30_001 }, limits);
    expect([...later.arrivals.keys()]).toEqual(["second"]);
  });
});

describe("reduceLive: positions, kpi, connection", () => {
  it("keeps the latest position per worker", () => {
    const state = run([
      { type: "positions-received", positions: [["w1", 31.1, 121.1], ["w2", 31.2, 121.2]], at },
      { type: "positions-received", positions: [["w1", 31.3, 121.3]], at: at + 1 },
    ]);
    expect(state.positions.get("w1")).toEqual({ lat: 31.3, lng: 121.3 });
    expect(state.positions.get("w2")).toEqual({ lat: 31.2, lng: 121.2 });
    expect(state.dataAsOf).toBe(at + 1);
  });

  it("keeps the kpi with the latest computedAt, whatever the arrival order", () => {
    const state = run([
      { type: "kpi-received", kpi: aKpi("2025-07-01T08:00:05.000Z", 5), at },
      { type: "kpi-received", kpi: aKpi("2025-07-01T08:00:03.000Z", 3), at: at + 1 },
      snapshotAt(10),
    ]);
    expect(state.kpi?.casesToday).toBe(5);
    expect(state.dataAsOf).toBe(at);
  });

  it("does not move the data-as-of clock on a KPI refresh, which comes whether or not data does", () => {
    const state = run([snapshotAt(10), { type: "kpi-received", kpi: aKpi("2025-07-01T08:00:05.000Z", 5), at: at + 5_000 }]);
    expect(state.kpi?.casesToday).toBe(5);
    expect(state.dataAsOf).toBe(at);
  });

  it("tracks the connection without touching the data", () => {
    const live = run([snapshotAt(10)]);
    const lost = reduceLive(live, { type: "connection-changed", connection: "disconnected" });
    expect(lost.connection).toBe("disconnected");
    expect(lost.cases).toBe(live.cases);
    expect(reduceLive(lost, { type: "connection-changed", connection: "disconnected" })).toBe(lost);
  });
});
