import { describe, expect, it } from "vitest";
import { rankWorkers, type DispatchCandidate } from "@/lib/domain/dispatch/choose-worker";
import { haversineMeters } from "@/lib/domain/dispatch/travel-distance";
import { WorkerIndex, type EligibleQuery, type IndexedWorker, type WorkerIndexPolicy } from "@/lib/domain/dispatch/worker-index";
import { createSeededRandom, type Random } from "@/scripts/simulator/model/seeded-random";

const SKILLS = ["drainage", "sanitation", "greening", "street_order", "elderly_care", "fire_safety", "traffic_order", "market_inspection"];
const NOW = 1_000_000_000;

/** What ranking every worker within the radius would give: the index must agree exactly. */
function bruteForce(workers: readonly IndexedWorker[], query: EligibleQuery, policy: WorkerIndexPolicy) {
  const candidates: DispatchCandidate[] = workers.flatMap((w) => {
    const meters = haversineMeters(query, w);
    const stale = w.fixAtMs !== null && query.nowMs - w.fixAtMs > policy.staleAfterMs;
    if (stale || meters > policy.searchKm * 1000 || query.exclude?.has(w.id)) return [];
    return [{ ...w, straightLineMeters: meters }];
  });
  return rankWorkers(candidates, query, policy).ranked.slice(0, query.k);
}

function randomCity(random: Random) {
  const centre = { lat: random.float() * 120 - 60, lng: random.float() * 340 - 170 };
  const spreadKm = 0.5 + random.float() * 25;
  const grids = Array.from({ length: random.int(1, 6) }, (_, i) => `grid-${i}`);
  const around = () => ({
    lat: centre.lat + ((random.float() - 0.5) * spreadKm) / 111,
    lng: centre.lng + ((random.float() - 0.5) * spreadKm) / (111 * Math.cos((centre.lat * Math.PI) / 180)),
  });
  const policy: WorkerIndexPolicy = {
    roadFactor: 1 + random.float(),
    ownGridAdvantageMeters: random.pick([0, 300, 1500]),
    searchKm: 0.5 + random.float() * 10,
    staleAfterMs: 600_000,
  };
  const workers: IndexedWorker[] = Array.from({ length: random.int(0, 300) }, (_, i) => {
    const maxLoad = random.int(1, 4);
    // Some workers share a spot, so that ties fall to load and id.
    const place = i > 0 && random.float() < 0.1 ? { lat: 0, lng: 0, shared: true } : { ...around(), shared: false };
    return {
      id: `w${random.int(0, 100_000)}-${i}`,
      ...(place.shared ? { lat: centre.lat, lng: centre.lng } : { lat: place.lat, lng: place.lng }),
      onDuty: random.float() < 0.85,
      skills: SKILLS.filter(() => random.float() < 0.4),
      load: random.int(0, maxLoad + 1),
      maxLoad,
      gridCell: random.pick(grids),
      fixAtMs: random.pick([null, NOW - 1_000, NOW - 599_000, NOW - 601_000, NOW - 3_600_000]),
    };
  });
  const query = (): EligibleQuery => ({
    ...(random.float() < 0.2 ? centre : around()),
    skills: SKILLS.filter(() => random.float() < 0.15),
    gridCell: random.pick(grids),
    k: random.int(1, 11),
    nowMs: NOW,
    exclude: new Set(workers.filter(() => random.float() < 0.05).map((w) => w.id)),
  });
  return { policy, workers, query };
}

describe("WorkerIndex.nearestEligible", () => {
  it("returns what ranking every eligible worker within the radius returns, on many random cities", () => {
    const random = createSeededRandom("worker-index");
    let compared = 0;
    for (let city = 0; city < 300; city++) {
      const { policy, workers, query } = randomCity(random);
      const index = WorkerIndex.of(workers, policy);
      for (let q = 0; q < 20; q++) {
        const asked = query();
        expect(index.nearestEligible(asked).ranked, `city ${city}, query ${q}`).toEqual(bruteForce(workers, asked, policy));
        compared += 1;
      }
    }
    expect(compared).toBe(6000);
  });

  const policy: WorkerIndexPolicy = { roadFactor: 1.3, ownGridAdvantageMeters: 300, searchKm: 8, staleAfterMs: 600_000 };
  const north = (km: number) => ({ lat: 31.2 + km / 111.2, lng: 121.47 });
  const worker = (id: string, km: number, overrides: Partial<IndexedWorker> = {}): IndexedWorker => ({
    id, ...north(km), onDuty: true, skills: ["drainage"], load: 0, maxLoad: 3, gridCell: "elsewhere", fixAtMs: null, ...overrides,
  });
  const ask = (index: WorkerIndex, overrides: Partial<EligibleQuery> = {}) =>
    index.nearestEligible({ ...north(0), skills: ["drainage"], gridCell: "here", k: 1, nowMs: NOW, ...overrides });

  it("walks past any number of nearer workers who are busy, unskilled or off duty", () => {
    const nearer = Array.from({ length: 120 }, (_, i) =>
      worker(`near-${i}`, 0.01 * i, i % 3 === 0 ? { load: 3 } : i % 3 === 1 ? { skills: ["greening"] } : { onDuty: false }),
    );
    const index = WorkerIndex.of([...nearer, worker("free", 6)], policy);
    const reason = ask(index);
    expect(reason.ranked.map((r) => r.id)).toEqual(["free"]);
    expect(reason.excluded).toEqual({ at_capacity: 40, missing_skill: 40, off_duty: 40 });
  });

  it("needs every skill, and finds nobody for a skill no worker has", () => {
    const index = WorkerIndex.of([worker("one", 1, { skills: ["drainage"] }), worker("both", 2, { skills: ["drainage", "greening"] })], policy);
    expect(ask(index, { skills: ["greening", "drainage"] }).ranked.map((r) => r.id)).toEqual(["both"]);
    expect(ask(index, { skills: ["fire_safety"] }).ranked).toEqual([]);
  });

  it("leaves out a worker whose phone has been silent too long, but not one only placed from the database, and one withdrawn", () => {
    const index = WorkerIndex.of([worker("silent", 1, { fixAtMs: NOW - 600_001 }), worker("placed", 2), worker("fresh", 3, { fixAtMs: NOW })], policy);
    expect(ask(index, { k: 5 }).ranked.map((r) => r.id)).toEqual(["placed", "fresh"]);
    index.place("silent", north(1).lat, north(1).lng, NOW - 5_000);
    expect(ask(index, { k: 5 }).ranked.map((r) => r.id)).toEqual(["silent", "placed", "fresh"]);
    index.withdraw("placed");
    expect(ask(index, { k: 5 }).ranked.map((r) => r.id)).toEqual(["silent", "fresh"]);
  });

  it("counts slots reserved by this process as load, and takes load and duty as told", () => {
    const index = WorkerIndex.of([worker("near", 1, { maxLoad: 2 }), worker("far", 2)], policy);
    index.reserve("near", 2);
    expect(ask(index).ranked.map((r) => r.id)).toEqual(["far"]);
    index.reserve("near", -1);
    expect(ask(index).ranked).toMatchObject([{ id: "near", load: 1 }]);
    index.setStatus("near", { onDuty: true, load: 1, maxLoad: 2 });
    expect(ask(index).ranked.map((r) => r.id)).toEqual(["far"]);
    index.setStatus("near", { onDuty: false, load: 0, maxLoad: 2 });
    expect(ask(index).ranked.map((r) => r.id)).toEqual(["far"]);
  });

  it("follows a worker who moves to another cell", () => {
    const index = WorkerIndex.of([worker("mover", 7), worker("still", 3)], policy);
    index.place("mover", north(0.2).lat, north(0.2).lng, NOW);
    expect(ask(index, { k: 2 }).ranked.map((r) => r.id)).toEqual(["mover", "still"]);
    index.place("mover", north(9).lat, north(9).lng, NOW);
    expect(ask(index, { k: 2 }).ranked.map((r) => r.id)).toEqual(["still"]);
  });
});
