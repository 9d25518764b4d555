import { catalogue, grids, workers } from "@/lib/city/shanghai";
import { dispatchPolicyOf } from "@/lib/config/dispatch-policy";
import { loadConfig } from "@/lib/config/env";
import { assignBurst } from "@/lib/domain/dispatch/assign-burst";
import { assignGreedy } from "@/lib/domain/dispatch/assign-greedy";
import type { BurstOutcome, BurstPolicy } from "@/lib/domain/dispatch/burst-candidates";
import { generateTyphoonBurst, type TyphoonBurst } from "@/scripts/simulator/model/typhoon-burst";
import type { BenchEnv, BenchFigure, Measurement } from "../figure";
import { median } from "../statistics";

const CASES = 500;
/** Each seed is a storm whose flood spots fall elsewhere; the figure is the mean over them, so no one storm decides it. */
const STORMS = [1, 2, 3, 4, 5];
const SMOKE_STORMS = [1, 2];
const WARM_UPS = 3;

type Assign = typeof assignBurst;

/** Wall-clock milliseconds of each run, both ways taking turns so that neither gets a quieter machine. */
function timeBoth(burst: TyphoonBurst, policy: BurstPolicy, runs: number): { tonglan: number[]; greedy: number[] } {
  const once = (assign: Assign): number => {
    const started = performance.now();
    assign(burst.cases, burst.workers, policy);
    return performance.now() - started;
  };
  for (let i = 0; i < WARM_UPS; i++) [assignBurst, assignGreedy].forEach(once);
  const times = { tonglan: [] as number[], greedy: [] as number[] };
  for (let i = 0; i < runs; i++) {
    times.tonglan.push(once(assignBurst));
    times.greedy.push(once(assignGreedy));
  }
  return times;
}

const mean = (values: readonly number[]): number => values.reduce((sum, v) => sum + v, 0) / values.length;

/**
 * PRODUCT §11 "burst assignment": a typhoon backlog of 500 cases over the demo city's 300 workers
 * (scripts/simulator/model/typhoon-burst.ts), assigned jointly (assignBurst) beside one by one in
 * arrival order to the nearest worker with room (assignGreedy), with dispatch's own policy.
 * One-by-one dispatch also leaves more cases with nobody where it spent the room near a flood
 * spot, and fewer cases served means less travel too: hence the cases-served row, and the travel
 * of assigning jointly exactly the cases greedy served, which compares travel at equal service.
 */
async function burstTrial(env: Pick<BenchEnv, "smoke" | "log">): Promise<Measurement[]> {
  const policy = dispatchPolicyOf(loadConfig());
  const seeds = env.smoke ? SMOKE_STORMS : STORMS;
  const runs = env.smoke ? 5 : 15;

  const outcomes: { tonglan: BurstOutcome; greedy: BurstOutcome; greedysCasesJointly: BurstOutcome }[] = [];
  const times = { tonglan: [] as number[], greedy: [] as number[] };
  for (const seed of seeds) {
    const burst = generateTyphoonBurst({ grids, categories: catalogue, workers, caseCount: CASES, seed });
    const tonglan = assignBurst(burst.cases, burst.workers, policy);
    const greedy = assignGreedy(burst.cases, burst.workers, policy);
    // Travel at equal service: the very cases greedy served, assigned jointly.
    const servedByGreedy = new Set(greedy.assignments.map((a) => a.caseId));
    const greedysCasesJointly = assignBurst(burst.cases.filter((c) => servedByGreedy.has(c.id)), burst.workers, policy);
    outcomes.push({ tonglan, greedy, greedysCasesJointly });
    const measured = timeBoth(burst, policy, runs);
    times.tonglan.push(...measured.tonglan);
    times.greedy.push(...measured.greedy);
    const km = (o: BurstOutcome) => `${(o.totalTravelMeters / 1000).toFixed(1)} km for ${o.assignments.length} cases`;
    env.log(`burst storm ${seed}: tonglan ${km(tonglan)}, greedy ${km(greedy)}, greedy's cases jointly ${km(greedysCasesJointly)}`);
  }

  const travelKm = (way: keyof (typeof outcomes)[number]) => mean(outcomes.map((o) => o[way].totalTravelMeters / 1000));
  const served = (way: "tonglan" | "greedy") => mean(outcomes.map((o) => o[way].assignments.length));
  const travel = { tonglan: travelKm("tonglan"), greedy: travelKm("greedy") };
  const time = { tonglan: median(times.tonglan), greedy: median(times.greedy) };
  const baselineName = "greedy nearest-first, one by one";
  const scope = `${CASES} cases, ${workers.length} workers, mean of ${seeds.length} storms`;
  return [
    {
      key: "burst.travel",
      figure: `burst assignment: total travel (${scope})`,
      unit: "km",
      tonglan: travel.tonglan,
      baseline: travel.greedy,
      baselineName,
      better: "lower",
      bar: "≥ 20 % below greedy",
      meetsBar: travel.tonglan <= 0.8 * travel.greedy,
    },
    {
      key: "burst.served",
      figure: "burst assignment: cases given a worker",
      unit: "cases",
      tonglan: served("tonglan"),
      baseline: served("greedy"),
      baselineName,
      better: "higher",
    },
    {
      key: "burst.travel_same_cases",
      figure: "burst assignment: total travel on the cases greedy served",
      unit: "km",
      tonglan: travelKm("greedysCasesJointly"),
      baseline: travel.greedy,
      baselineName,
      better: "lower",
    },
    {
      key: "burst.time",
      figure: "burst assignment: compute time (median)",
      unit: "ms",
      tonglan: time.tonglan,
      baseline: time.greedy,
      baselineName,
      better: "lower",
      bar: "≤ 50 ms",
      meetsBar: time.tonglan <= 50,
    },
  ];
}

export const burstAssignmentFigure: BenchFigure = { name: "burst assignment", trial: burstTrial };
