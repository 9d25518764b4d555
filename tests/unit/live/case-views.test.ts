import { latLngToCell } from "h3-js";
import { describe, expect, it } from "vitest";
import { reduceLive } from "@/app/_live/live-reducer";
import { defaultLiveLimits, initialLiveState, type LiveLimits, type LiveState } from "@/app/_live/live-state";
import { CaseViews, type CaseViewsSnapshot } from "@/app/_screen/case-views";
import type { CaseSummary, Delta, Priority, Stage } from "@/lib/contracts";
import { aCase, aSnapshot } from "./live-fixtures";

const stages: Stage[] = ["reported", "accepted", "dispatched", "in_progress", "resolved", "closed", "reopened", "merged"];
const priorities: Priority[] = ["low", "normal", "high", "urgent"];

/** A seeded generator, so a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

function randomCase(next: () => number, id: string, version: number): CaseSummary {
  const lat = 31.1 + next() * 0.3;
  const lng = 121.3 + next() * 0.4;
  return aCase(id, {
    version,
    lat,
    lng,
    gridCell: latLngToCell(lat, lng, 9),
    stage: stages[Math.floor(next() * stages.length)]!,
    priority: priorities[Math.floor(next() * priorities.length)]!,
    createdAt: new Date(Date.UTC(2025, 6, 1) + Math.floor(next() * 5_000) * 1_000).toISOString(),
  });
}

/** Everything a snapshot shows, in a form that does not depend on the order points were written. */
function shown(views: CaseViewsSnapshot) {
  const { dots } = views.dots;
  const points = Array.from({ length: views.dots.length }, (_, row) => {
    const dot = dots.dotAt(row);
    return dot && `${dot.rank}:${dot.id}:${dot.lng}:${dot.lat}:${dot.radius}:${dot.fillColor.join(",")}:${dot.lineColor.join(",")}`;
  }).filter((point) => point !== undefined);
  const density = Object.fromEntries(
    ([7, 8, 9] as const).map((resolution) => {
      const cells = views.density[resolution];
      return [resolution, Object.fromEntries(cells.hexes.map((hex, i) => [hex, cells.counts[i]]).filter(([, count]) => count !== 0))];
    }),
  );
  return { points: points.sort(), density, stageCounts: views.stageCounts, newest: views.newest.map((summary) => summary.id) };
}

describe("CaseViews", () => {
  it("followed change by change, shows what a full pass over the final cases shows", () => {
    const next = random(7);
    const limits: LiveLimits = { ...defaultLiveLimits, maxCases: 300 };
    const versions = new Map<string, number>();
    const snapshotCases = Array.from({ length: 250 }, (_, i) => randomCase(next, `s${i}`, 1));
    snapshotCases.forEach((summary) => versions.set(summary.id, 1));

    let state: LiveState = reduceLive(initialLiveState, { type: "snapshot-loaded", snapshot: aSnapshot(1, { cases: snapshotCases }), at: 0 }, limits);
    const followed = new CaseViews(20);
    followed.sync(state.cases, state.caseChanges);
    let seq = 1;
    for (let batch = 0; batch < 30; batch++) {
      const deltas: Delta[] = Array.from({ length: 40 }, () => {
        // Mostly updates of known cases, some new ones (the limit then drops the oldest), some stale repeats.
        const id = next() < 0.2 ? `n${seq}` : [...versions.keys()][Math.floor(next() * versions.size)]!;
        const version = (versions.get(id) ?? 0) + (next() < 0.1 ? 0 : 1);
        versions.set(id, Math.max(version, versions.get(id) ?? 0));
        return { seq: ++seq, kind: "case", case: randomCase(next, id, Math.max(1, version)) };
      });
      state = reduceLive(state, { type: "deltas-received", deltas, at: batch }, limits);
      followed.sync(state.cases, state.caseChanges);
    }

    expect(state.cases.size).toBeGreaterThan(290);
    expect(state.cases.size).toBeLessThanOrEqual(300);
    const fresh = new CaseViews(20).sync(state.cases, state.caseChanges);
    expect(shown(followed.sync(state.cases, state.caseChanges))).toEqual(shown(fresh));
  });

  it("returns the same snapshot for the same cases, and starts over when it missed a state", () => {
    const views = new CaseViews(5);
    const first = reduceLive(initialLiveState, { type: "snapshot-loaded", snapshot: aSnapshot(1, { cases: [aCase("a")] }), at: 0 });
    const shownFirst = views.sync(first.cases, first.caseChanges);
    expect(views.sync(first.cases, first.caseChanges)).toBe(shownFirst);

    const delta = (seq: number, id: string): Delta => ({ seq, kind: "case", case: aCase(id, { stage: "dispatched" }) });
    const skipped = reduceLive(first, { type: "deltas-received", deltas: [delta(2, "b")], at: 1 });
    const latest = reduceLive(skipped, { type: "deltas-received", deltas: [delta(3, "c")], at: 2 });
    expect(views.sync(latest.cases, latest.caseChanges).stageCounts).toEqual({ reported: 1, dispatched: 2 });
  });
});
