import { describe, expect, it } from "vitest";
import { assignBurst } from "@/lib/domain/dispatch/assign-burst";
import { assignGreedy } from "@/lib/domain/dispatch/assign-greedy";
import type { BurstCase, BurstWorker } from "@/lib/domain/dispatch/burst-candidates";
import { haversineMeters } from "@/lib/domain/dispatch/travel-distance";
import { offsetMeters } from "@/scripts/simulator/model/local-meters";
import { createSeededRandom, type Random } from "@/scripts/simulator/model/seeded-random";
import { burstCase, burstWorker, centre, policy } from "./burst-fixtures";

describe("assignBurst", () => {
  it("assigns jointly where greedy one-by-one wastes travel", () => {
    // A at 0 m and B at 1,000 m; X at 600 m and Y at -2,000 m. Greedy gives A the nearer X and
    // sends Y 3 km to B; jointly, A takes Y and B takes X, for far less in total.
    const cases = [burstCase("A", 0), burstCase("B", 1000)];
    const workers = [burstWorker("X", 600), burstWorker("Y", -2000)];
    const greedy = assignGreedy(cases, workers, policy);
    const joint = assignBurst(cases, workers, policy);
    expect(greedy.assignments.map((a) => a.workerId)).toEqual(["X", "Y"]);
    expect(joint.assignments.map((a) => a.workerId)).toEqual(["Y", "X"]);
    // Within a few metres: the fixtures place points on a flat approximation, dispatch measures on the sphere.
    expect(Math.abs(greedy.totalTravelMeters - (600 + 3000) * 1.3)).toBeLessThan(10);
    expect(Math.abs(joint.totalTravelMeters - (2000 + 400) * 1.3)).toBeLessThan(10);
  });

  it("gives nobody more cases than the room under their load limit", () => {
    const cases = ["a", "b", "c", "d"].map((id, i) => burstCase(id, i * 10));
    const workers = [burstWorker("near", 0, { load: 1, maxLoad: 3 }), burstWorker("far", 5000, { maxLoad: 5 })];
    const { assignments } = assignBurst(cases, workers, policy);
    expect(assignments.filter((a) => a.workerId === "near")).toHaveLength(2);
    expect(assignments.filter((a) => a.workerId === "far")).toHaveLength(2);
  });

  it("keeps to skills, duty and the search radius, and says why a case is left", () => {
    const cases = [
      burstCase("tree", 0, { skills: ["greening"] }),
      burstCase("flood", 0),
      burstCase("remote", 20_000),
      burstCase("second-flood", 10),
    ];
    const workers = [
      burstWorker("drainer", 100),
      burstWorker("off", 50, { onDuty: false, skills: ["drainage", "greening"] }),
      burstWorker("beyond", 9000, { skills: ["greening"] }),
      burstWorker("across-town", 30_000),
    ];
    const outcome = assignBurst(cases, workers, policy);
    expect(outcome.assignments).toEqual([{ caseId: "flood", workerId: "drainer", travelMeters: 130, sameGrid: false }]);
    expect(outcome.unassigned).toEqual([
      { caseId: "tree", reason: "no_eligible_worker" },
      { caseId: "remote", reason: "no_eligible_worker" },
      { caseId: "second-flood", reason: "capacity_taken" },
    ]);
  });

  it("needs every skill of a case and prefers the case's own grid as single dispatch does", () => {
    const cases = [burstCase("river", 0, { skills: ["drainage", "environment_inspection"], gridCell: "g1" })];
    const workers = [
      burstWorker("drainage-only", 10),
      burstWorker("both-nearer", 400, { skills: ["drainage", "environment_inspection"] }),
      burstWorker("both-own-grid", 600, { skills: ["drainage", "environment_inspection"], gridCell: "g1" }),
    ];
    expect(assignBurst(cases, workers, policy).assignments[0]?.workerId).toBe("both-own-grid");
  });

  it("never leaves an earlier case out for a later one", () => {
    const cases = [burstCase("first", 5000), burstCase("second", 0)];
    const workers = [burstWorker("only", 100)];
    const outcome = assignBurst(cases, workers, policy);
    expect(outcome.assignments.map((a) => a.caseId)).toEqual(["first"]);
    expect(outcome.unassigned).toEqual([{ caseId: "second", reason: "capacity_taken" }]);
  });

  it("moves earlier cases along a chain when that serves one more", () => {
    // Each case's nearest worker is the next case's only one: serving all three takes two moves.
    const cases = [burstCase("a", 0), burstCase("b", 1000), burstCase("c", 2000, { skills: ["greening"] })];
    const workers = [
      burstWorker("x", 100, { skills: ["drainage"] }),
      burstWorker("y", 900, { skills: ["drainage", "greening"] }),
      burstWorker("z", -3000, { skills: ["drainage"] }),
    ];
    const outcome = assignBurst(cases, workers, policy);
    expect(outcome.unassigned).toEqual([]);
    expect(Object.fromEntries(outcome.assignments.map((a) => [a.caseId, a.workerId]))).toEqual({ a: "z", b: "x", c: "y" });
  });

  it("is optimal on small random bursts, checked against every possible assignment", () => {
    const random = createSeededRandom("burst-brute-force");
    for (let round = 0; round < 150; round++) {
      const { cases, workers } = randomBurst(random);
      const outcome = assignBurst(cases, workers, policy);
      const best = bruteForce(cases, workers);
      const served = new Set(outcome.assignments.map((a) => a.caseId));
      expect(cases.filter((c) => served.has(c.id)).map((c) => c.id)).toEqual(best.served);
      expect(costOf(outcome.assignments)).toBe(best.cost);
      expect(outcome.totalTravelMeters).toBe(outcome.assignments.reduce((sum, a) => sum + a.travelMeters, 0));
    }
  });

  it("matches a plain Bellman–Ford augmenting-path solver on bursts too big to enumerate", () => {
    const random = createSeededRandom("burst-reference");
    for (let round = 0; round < 20; round++) {
      const { cases, workers } = randomBurst(random, 60, 12);
      const outcome = assignBurst(cases, workers, policy);
      const reference = bellmanFordReference(cases, workers);
      expect(outcome.assignments.map((a) => a.caseId)).toEqual(reference.served);
      expect(costOf(outcome.assignments)).toBe(reference.cost);
    }
  });

  it("gives the same answer every time", () => {
    const random = createSeededRandom("burst-determinism");
    const { cases, workers } = randomBurst(random, 40, 15);
    expect(assignBurst(cases, workers, policy)).toEqual(assignBurst(cases, workers, policy));
  });
});

const SKILLS = ["drainage", "greening"];

function randomBurst(random: Random, caseCount = random.int(1, 8), workerCount = random.int(1, 5)) {
  const somewhere = () => offsetMeters(centre, random.gaussian() * 4000, random.gaussian() * 4000);
  const someSkills = () => (random.float() < 0.3 ? [...SKILLS] : [random.pick(SKILLS)]);
  const cases: BurstCase[] = Array.from({ length: caseCount }, (_, i) => ({
    id: `c${i}`,
    ...somewhere(),
    skills: random.float() < 0.15 ? [...SKILLS] : [random.pick(SKILLS)],
    gridCell: `g${random.int(0, 3)}`,
  }));
  const workers: BurstWorker[] = Array.from({ length: workerCount }, (_, i) => {
    const maxLoad = random.int(1, 4);
    return {
      id: `w${i}`,
      ...somewhere(),
      onDuty: random.float() < 0.9,
      skills: someSkills(),
      load: random.int(0, maxLoad + 1),
      maxLoad,
      gridCell: `g${random.int(0, 3)}`,
    };
  });
  return { cases, workers };
}

/** The rules, restated independently: what a case costs on a worker, or null when it may not go there. */
function pairCost(c: BurstCase, w: BurstWorker): number | null {
  const meters = haversineMeters(c, w);
  if (!w.onDuty || meters > policy.searchKm * 1000 || !c.skills.every((s) => w.skills.includes(s))) return null;
  return Math.round(meters * policy.roadFactor) + (c.gridCell === w.gridCell ? 0 : policy.ownGridAdvantageMeters);
}

function costOf(assignments: readonly { travelMeters: number; sameGrid: boolean }[]): number {
  return assignments.reduce((sum, a) => sum + a.travelMeters + (a.sameGrid ? 0 : policy.ownGridAdvantageMeters), 0);
}

/** Tries every way to place every case (or not): most cases served, earlier ones first, then least cost. */
function bruteForce(cases: readonly BurstCase[], workers: readonly BurstWorker[]): { served: string[]; cost: number } {
  const room = workers.map((w) => Math.max(0, w.maxLoad - w.load));
  let best = { priority: -1, cost: Infinity, served: [] as string[] };
  const place = (index: number, priority: number, cost: number, served: string[]): void => {
    if (index === cases.length) {
      if (priority > best.priority || (priority === best.priority && cost < best.cost)) best = { priority, cost, served: [...served] };
      return;
    }
    const c = cases[index]!;
    place(index + 1, priority, cost, served);
    for (const [w, worker] of workers.entries()) {
      const pair = pairCost(c, worker);
      if (pair === null || room[w] === 0) continue;
      room[w]! -= 1;
      served.push(c.id);
      place(index + 1, priority + 2 ** (cases.length - index), cost + pair, served);
      served.pop();
      room[w]! += 1;
    }
  };
  place(0, 0, 0, []);
  return { served: best.served, cost: best.cost };
}

/**
 * The same objective solved the slow, obvious way: cases in order, each by the cheapest path of
 * moves found by Bellman–Ford over plain costs (no potentials, no heap).
 */
function bellmanFordReference(cases: readonly BurstCase[], workers: readonly BurstWorker[]): { served: string[]; cost: number } {
  const room = workers.map((w) => Math.max(0, w.maxLoad - w.load));
  const cost = cases.map((c) => workers.map((w) => pairCost(c, w)));
  const holder: (number | null)[] = cases.map(() => null);
  for (let start = 0; start < cases.length; start++) {
    // Cheapest way to reach each worker from the new case, moving already placed cases along.
    const reach: number[] = workers.map(() => Infinity);
    const via: (number | null)[] = workers.map(() => null);
    const caseReach: number[] = cases.map(() => Infinity);
    caseReach[start] = 0;
    for (let pass = 0; pass <= cases.length + workers.length; pass++) {
      for (let c = 0; c <= start; c++) {
        if (caseReach[c] === Infinity) continue;
        for (let w = 0; w < workers.length; w++) {
          const pair = cost[c]![w];
          if (pair == null || holder[c] === w) continue;
          if (caseReach[c]! + pair < reach[w]!) {
            reach[w] = caseReach[c]! + pair;
            via[w] = c;
          }
        }
      }
      for (let c = 0; c < start; c++) {
        const w = holder[c];
        if (w == null || reach[w] === Infinity) continue;
        const back = reach[w]! - cost[c]![w]!;
        if (back < caseReach[c]!) caseReach[c] = back;
      }
    }
    let end = -1;
    for (let w = 0; w < workers.length; w++) {
      const used = holder.filter((h) => h === w).length;
      if (used < room[w]! && reach[w]! < Infinity && (end < 0 || reach[w]! < reach[end]!)) end = w;
    }
    if (end < 0) continue;
    for (let w: number | null = end; w !== null; ) {
      const c: number = via[w]!;
      const previous: number | null = holder[c] ?? null;
      holder[c] = w;
      w = c === start ? null : previous;
    }
  }
  const served = cases.filter((_, c) => holder[c] != null).map((c) => c.id);
  const total = holder.reduce<number>((sum, w, c) => (w == null ? sum : sum + cost[c]![w]!), 0);
  return { served, cost: total };
}
