import { latLngToCell } from "h3-js";
import type { CaseSummary, Delta, Priority, Stage } from "@/lib/contracts";

/** Hot spots the synthetic cases gather around (people's square, Lujiazui, Xujiahui, Wujiaochang, Minhang, Jiading, Songjiang). */
const centres: readonly [number, number, number][] = [
  [31.232, 121.475, 0.05],
  [31.236, 121.505, 0.04],
  [31.195, 121.437, 0.04],
  [31.3, 121.514, 0.05],
  [31.112, 121.382, 0.07],
  [31.376, 121.266, 0.07],
  [31.032, 121.228, 0.08],
];
const loop: readonly Stage[] = ["reported", "accepted", "dispatched", "in_progress", "resolved", "rated", "closed"];
const priorities: readonly Priority[] = ["low", "normal", "normal", "normal", "high", "urgent"];
const day = Date.UTC(2026, 0, 15);

export interface SyntheticCity {
  readonly cases: CaseSummary[];
  /** Deltas in seq order after the snapshot's seq (1): mostly cases moving one stage on, one in ten new. */
  readonly deltas: Delta[];
}

/** A seeded, reproducible city of `caseCount` live cases over Shanghai and `deltaCount` updates to them. */
export function syntheticCity(caseCount: number, deltaCount: number, seed = 1): SyntheticCity {
  const random = seeded(seed);
  const cases = Array.from({ length: caseCount }, (_, i) => newCase(random, i));
  const current = [...cases];
  const deltas: Delta[] = [];
  for (let seq = 2; deltas.length < deltaCount; seq++) {
    if (random() < 0.1) {
      const summary = newCase(random, current.length);
      current.push(summary);
      deltas.push({ seq, kind: "case", case: summary });
      continue;
    }
    const index = Math.floor(random() * current.length);
    const known = current[index]!;
    const stage = loop[(loop.indexOf(known.stage) + 1) % loop.length]!;
    const next = { ...known, stage, version: known.version + 1 };
    current[index] = next;
    deltas.push({ seq, kind: "case", case: next });
  }
  return { cases, deltas };
}

function newCase(random: () => number, index: number): CaseSummary {
  const [lat0, lng0, spread] = centres[Math.floor(random() * centres.length)]!;
  const lat = lat0 + gaussian(random) * spread;
  const lng = lng0 + gaussian(random) * spread * 1.15;
  return {
    id: `bench-${index}`,
    code: `SH-B${String(index).padStart(7, "0")}`,
    category: "road_damage",
    channel: "resident_app",
    priority: priorities[Math.floor(random() * priorities.length)]!,
    stage: loop[Math.floor(random() * loop.length)]!,
    description: "synthetic",
    lat,
    lng,
    gridCell: latLngToCell(lat, lng, 9),
    district: 310101,
    locationApproximate: false,
    department: "city_management",
    assigneeId: null,
    assigneeName: null,
    createdAt: new Date(day + index * 500).toISOString(),
    dispatchedAt: null,
    overdue: false,
    escalated: false,
    satisfied: null,
    version: 1,
  };
}

function gaussian(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}
