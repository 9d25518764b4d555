import { preferenceScore, type DispatchPolicy, type DispatchReason, type Exclusion, type RankedCandidate } from "./choose-worker";
import { SkillBits, type SkillMask } from "./skill-bits";
import { EARTH_RADIUS_M, haversineBetween, travelMeters } from "./travel-distance";

/** What dispatch knows of a worker, as the index is given it. */
export interface WorkerFacts {
  id: string;
  lat: number;
  lng: number;
  onDuty: boolean;
  skills: readonly string[];
  load: number;
  maxLoad: number;
  gridCell: string;
}

/** A worker with where they are and when their phone said so (null: only placed from the database). */
export type IndexedWorker = WorkerFacts & { fixAtMs: number | null };

export type WorkerIndexPolicy = DispatchPolicy & {
  searchKm: number;
  /** A worker whose last phone fix is older than this is no candidate. */
  staleAfterMs: number;
};

export interface EligibleQuery {
  lat: number;
  lng: number;
  skills: readonly string[];
  gridCell: string;
  /** How many of the best to return. */
  k: number;
  nowMs: number;
  exclude?: ReadonlySet<string>;
}

export interface WithinQuery {
  lat: number;
  lng: number;
  nowMs: number;
  /** When given, only workers who may take a case needing these skills are visited. */
  skills?: readonly string[];
}

const CELL_KM = 1;
const TO_RAD = Math.PI / 180;
const METERS_PER_DEGREE = EARTH_RADIUS_M * TO_RAD;
// Keeps a bound computed in floating point below the distance it bounds.
const BOUND_SLACK = 1 - 1e-9;

/**
 * Workers in typed arrays under a grid of ~1 km cells, searched nearest-first ring by ring, with
 * eligibility (on duty, every skill as bitmasks, room under the load limit, a fresh position) checked
 * on the way. `nearestEligible` returns exactly what ranking every eligible worker within the radius
 * with `rankWorkers` would put first: it stops only when the nearest unvisited ring could not hold a
 * worker scoring better than the k-th found, own-grid advantage included. Pure: no I/O, no clock.
 */
export class WorkerIndex {
  private readonly skillBits = new SkillBits();
  private readonly slotOf = new Map<string, number>();
  private readonly buckets = new Map<number, number[]>();
  private ids: string[] = [];
  private gridCells: string[] = [];
  private skillNames: (readonly string[])[] = [];
  private lat = new Float64Array(0);
  private lng = new Float64Array(0);
  private fixAt = new Float64Array(0);
  private cellKey = new Float64Array(0);
  private load = new Int32Array(0);
  private reserved = new Int32Array(0);
  private maxLoad = new Int32Array(0);
  private onDuty = new Uint8Array(0);
  private placed = new Uint8Array(0);
  private skillLow = new Uint32Array(0);
  private skillHigh = new Uint32Array(0);
  private cellLat = CELL_KM * 1000 / METERS_PER_DEGREE;
  private cellLng = Number.NaN;

  constructor(private readonly policy: WorkerIndexPolicy) {}

  static of(workers: readonly IndexedWorker[], policy: WorkerIndexPolicy): WorkerIndex {
    const index = new WorkerIndex(policy);
    for (const worker of workers) {
      index.setWorker(worker);
      index.place(worker.id, worker.lat, worker.lng, worker.fixAtMs);
    }
    return index;
  }

  /** How many workers the index knows; slots are numbered 0 to size − 1 in the order they were first given. */
  get size(): number {
    return this.ids.length;
  }

  /** A worker's duty, skills, load and grid; a worker new to the index is placed at `lat`, `lng`. */
  setWorker(worker: WorkerFacts): void {
    let slot = this.slotOf.get(worker.id);
    if (slot === undefined) {
      slot = this.add(worker.id);
      this.fixAt[slot] = Number.NaN;
      this.placed[slot] = 1;
      this.move(slot, worker.lat, worker.lng);
    }
    const mask = this.skillBits.maskOf(worker.skills);
    this.skillLow[slot] = mask.low;
    this.skillHigh[slot] = mask.high;
    this.gridCells[slot] = worker.gridCell;
    this.skillNames[slot] = worker.skills;
    this.onDuty[slot] = worker.onDuty ? 1 : 0;
    this.load[slot] = worker.load;
    this.maxLoad[slot] = worker.maxLoad;
  }

  /** Where a known worker is; `fixAtMs` is when their phone said so (null: placed from the database). */
  place(id: string, lat: number, lng: number, fixAtMs: number | null): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.fixAt[slot] = fixAtMs ?? Number.NaN;
    this.placed[slot] = 1;
    this.move(slot, lat, lng);
  }

  /** A worker who left the live positions (off duty, or silent too long): no candidate until placed again. */
  withdraw(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot !== undefined) this.placed[slot] = 0;
  }

  /** Where the index places a known worker: their latest fix, or where the database put them. */
  positionOf(id: string): { lat: number; lng: number } | undefined {
    const slot = this.slotOf.get(id);
    return slot === undefined ? undefined : { lat: this.lat[slot]!, lng: this.lng[slot]! };
  }

  /** Ids of every worker the index knows. */
  knownIds(): readonly string[] {
    return this.ids;
  }

  setStatus(id: string, status: { onDuty: boolean; load: number; maxLoad: number }): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.onDuty[slot] = status.onDuty ? 1 : 0;
    this.load[slot] = status.load;
    this.maxLoad[slot] = status.maxLoad;
  }

  /** Slots promised by this process and not yet stored (negative: given back); they count as load. */
  reserve(id: string, slots: number): void {
    const slot = this.slotOf.get(id);
    if (slot !== undefined) this.reserved[slot] = this.reserved[slot]! + slots;
  }

  /** Whether a worker stands in the live positions, by a fix fresh enough or placed from the database. */
  private isLive(slot: number, nowMs: number): boolean {
    // A worker without a fix has NaN for its time, and NaN compares false: live.
    return this.placed[slot] === 1 && !(nowMs - this.fixAt[slot]! > this.policy.staleAfterMs);
  }

  /** Every worker with a fresh position, with their load as this process counts it. */
  liveWorkers(nowMs: number): IndexedWorker[] {
    const live: IndexedWorker[] = [];
    this.ids.forEach((id, slot) => {
      if (!this.isLive(slot, nowMs)) return;
      live.push({ ...this.factsOf(slot), fixAtMs: Number.isNaN(this.fixAt[slot]!) ? null : this.fixAt[slot]! });
    });
    return live;
  }

  private factsOf(slot: number): WorkerFacts {
    return {
      id: this.ids[slot]!,
      lat: this.lat[slot]!,
      lng: this.lng[slot]!,
      onDuty: this.onDuty[slot] === 1,
      skills: this.skillNames[slot]!,
      load: this.load[slot]! + this.reserved[slot]!,
      maxLoad: this.maxLoad[slot]!,
      gridCell: this.gridCells[slot]!,
    };
  }

  /** The k best eligible workers within the search radius, ranked as `rankWorkers` ranks them. */
  nearestEligible(query: EligibleQuery): DispatchReason {
    const excluded: Record<Exclusion, number> = { off_duty: 0, missing_skill: 0, at_capacity: 0 };
    const reason: DispatchReason = { rule: "nearest-eligible", candidatesConsidered: 0, excluded, ranked: [] };
    const need = this.skillBits.knownMaskOf(query.skills);
    const best = reason.ranked;
    const advantage = this.policy.ownGridAdvantageMeters;
    this.walk(query, query.nowMs, (boundMeters) => {
      const kth = best[query.k - 1];
      return kth !== undefined && travelMeters(boundMeters, this.policy.roadFactor) - advantage > kth.score;
    }, (slot, meters) => {
      if (query.exclude?.has(this.ids[slot]!)) return;
      reason.candidatesConsidered += 1;
      const exclusion = this.exclusionOf(slot, need);
      if (exclusion) return void (excluded[exclusion] += 1);
      const travel = travelMeters(meters, this.policy.roadFactor);
      const sameGrid = this.gridCells[slot] === query.gridCell;
      const candidate = { id: this.ids[slot]!, travelMeters: travel, load: this.load[slot]! + this.reserved[slot]!, sameGrid, score: preferenceScore(travel, sameGrid, this.policy) };
      insertRanked(best, candidate, query.k);
    });
    return reason;
  }

  /** Calls `visit` with each worker's slot and straight-line distance, for every fresh one within the radius. */
  visitWithin(query: WithinQuery, visit: (slot: number, meters: number) => void): void {
    const need = query.skills ? this.skillBits.knownMaskOf(query.skills) : undefined;
    this.walk(query, query.nowMs, () => false, (slot, meters) => {
      if (need === undefined || this.exclusionOf(slot, need) === null) visit(slot, meters);
    });
  }

  private exclusionOf(slot: number, need: SkillMask | null): Exclusion | null {
    if (this.onDuty[slot] !== 1) return "off_duty";
    if (need === null || (this.skillLow[slot]! & need.low) >>> 0 !== need.low || (this.skillHigh[slot]! & need.high) >>> 0 !== need.high) {
      return "missing_skill";
    }
    if (this.load[slot]! + this.reserved[slot]! >= this.maxLoad[slot]!) return "at_capacity";
    return null;
  }

  /**
   * Visits the fresh workers within the radius ring by ring outward from the target's cell, until
   * `enough` says the nearest point any unvisited ring could hold is too far. A point in ring r is
   * at least the gap to that ring in latitude or in longitude away; the longitude gap is measured at
   * the smallest cosine any point within the radius could have, so the bound never overshoots.
   */
  private walk(target: { lat: number; lng: number }, nowMs: number, enough: (boundMeters: number) => boolean, visit: (slot: number, meters: number) => void): void {
    if (this.ids.length === 0) return;
    const radius = this.policy.searchKm * 1000;
    const cy = Math.floor(target.lat / this.cellLat);
    const cx = Math.floor(target.lng / this.cellLng);
    const cosMin = Math.cos(Math.min(Math.PI / 2, Math.abs(target.lat) * TO_RAD + radius / EARTH_RADIUS_M));
    const visitCell = (y: number, x: number) => {
      const bucket = this.buckets.get(keyOf(y, x));
      if (!bucket) return;
      for (const slot of bucket) {
        if (!this.isLive(slot, nowMs)) continue;
        const meters = haversineBetween(target.lat, target.lng, this.lat[slot]!, this.lng[slot]!);
        if (meters <= radius) visit(slot, meters);
      }
    };
    visitCell(cy, cx);
    for (let r = 1; ; r++) {
      const latGap = Math.min((cy + r) * this.cellLat - target.lat, target.lat - (cy - r + 1) * this.cellLat);
      const lngGap = Math.min((cx + r) * this.cellLng - target.lng, target.lng - (cx - r + 1) * this.cellLng);
      const bound = BOUND_SLACK * Math.min(latGap * METERS_PER_DEGREE, 2 * EARTH_RADIUS_M * cosMin * Math.sin((lngGap * TO_RAD) / 2));
      if (bound > radius || enough(bound)) return;
      for (let x = cx - r; x <= cx + r; x++) {
        visitCell(cy - r, x);
        visitCell(cy + r, x);
      }
      for (let y = cy - r + 1; y <= cy + r - 1; y++) {
        visitCell(y, cx - r);
        visitCell(y, cx + r);
      }
    }
  }

  private add(id: string): number {
    const slot = this.ids.length;
    if (slot === this.lat.length) this.grow(Math.max(64, slot * 2));
    this.ids.push(id);
    this.gridCells.push("");
    this.skillNames.push([]);
    this.slotOf.set(id, slot);
    this.cellKey[slot] = Number.NaN;
    return slot;
  }

  private move(slot: number, lat: number, lng: number): void {
    // Cells are square where the first worker stands; elsewhere they only stretch a little.
    if (Number.isNaN(this.cellLng)) this.cellLng = this.cellLat / Math.max(0.01, Math.cos(lat * TO_RAD));
    this.lat[slot] = lat;
    this.lng[slot] = lng;
    const key = keyOf(Math.floor(lat / this.cellLat), Math.floor(lng / this.cellLng));
    const old = this.cellKey[slot]!;
    if (old === key) return;
    if (!Number.isNaN(old)) {
      const bucket = this.buckets.get(old)!;
      bucket.splice(bucket.indexOf(slot), 1);
      if (bucket.length === 0) this.buckets.delete(old);
    }
    this.cellKey[slot] = key;
    const bucket = this.buckets.get(key);
    if (bucket) bucket.push(slot);
    else this.buckets.set(key, [slot]);
  }

  private grow(capacity: number): void {
    const widen = <T extends Float64Array | Int32Array | Uint8Array | Uint32Array>(from: T, to: T): T => {
      to.set(from);
      return to;
    };
    this.lat = widen(this.lat, new Float64Array(capacity));
    this.lng = widen(this.lng, new Float64Array(capacity));
    this.fixAt = widen(this.fixAt, new Float64Array(capacity));
    this.cellKey = widen(this.cellKey, new Float64Array(capacity));
    this.load = widen(this.load, new Int32Array(capacity));
    this.reserved = widen(this.reserved, new Int32Array(capacity));
    this.maxLoad = widen(this.maxLoad, new Int32Array(capacity));
    this.onDuty = widen(this.onDuty, new Uint8Array(capacity));
    this.placed = widen(this.placed, new Uint8Array(capacity));
    this.skillLow = widen(this.skillLow, new Uint32Array(capacity));
    this.skillHigh = widen(this.skillHigh, new Uint32Array(capacity));
  }
}

/** One number per cell, exact while |x| stays under 2^25 cells (over 30 times round the earth at 1 km). */
function keyOf(y: number, x: number): number {
  return y * 2 ** 26 + x;
}

/** Keeps `best` the k first by score, then load, then id, as `rankWorkers` sorts. */
function insertRanked(best: RankedCandidate[], candidate: RankedCandidate, k: number): void {
  let at = best.length;
  while (at > 0 && compare(candidate, best[at - 1]!) < 0) at--;
  if (at >= k) return;
  best.splice(at, 0, candidate);
  if (best.length > k) best.pop();
}

function compare(a: RankedCandidate, b: RankedCandidate): number {
  return a.score - b.score || a.load - b.load || a.id.localeCompare(b.id);
}
