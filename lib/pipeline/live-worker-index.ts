import { sql, type Kysely } from "kysely";
import type { WorkerSummary } from "@/lib/contracts/worker-summary";
import type { Database } from "@/lib/db/schema";
import { WorkerIndex, type WorkerIndexPolicy } from "@/lib/domain/dispatch/worker-index";
import type { LivePosition, WorkerPositions } from "@/lib/geo/worker-positions";
import { shareInFlight } from "@/lib/runtime/share-in-flight";

/** How often duty, skills and load are re-read from PostgreSQL, and all positions from Redis. */
export const RECONCILE_MS = 5_000;
// Fixes are read again from a little before the latest seen: web processes' clocks, which date
// them, may disagree by this much.
const CLOCK_SKEW_MS = 5_000;

export interface LiveWorkerIndexDeps {
  db: Kysely<Database>;
  positions: WorkerPositions;
  policy: WorkerIndexPolicy;
  clock: () => Date;
}

/**
 * This process's worker index, kept current: loaded in full the first time dispatch asks for it;
 * then, for each dispatch batch, the phone fixes sent since the last look; every RECONCILE_MS from
 * then on, and whenever the console asks, everything again (what other processes assigned, released, put on or off duty), with the
 * positions of phones silent too long dropped from the live set. PostgreSQL's guarded update stays
 * the arbiter of load: a stale index only loses a race, which dispatch retries with the next-best.
 */
export class LiveWorkerIndex {
  private index: WorkerIndex | null = null;
  private latestFixMs = 0;
  private timer: NodeJS.Timeout | null = null;
  private closed = false;
  private readonly reconcileShared = shareInFlight(() => this.load());
  private readonly catchUpShared = shareInFlight(() => this.catchUp());

  constructor(private readonly deps: LiveWorkerIndexDeps) {}

  /** The index with every fix sent since the last call; loaded in full the first time. */
  async current(): Promise<WorkerIndex> {
    this.keepReconciling();
    return this.index ? this.catchUpShared() : this.reconcile();
  }

  /** The index re-read from PostgreSQL and Redis now: for the console, whose dispatcher expects what is so. */
  reconcile(): Promise<WorkerIndex> {
    return this.reconcileShared();
  }

  /** A worker as this process just stored them (their load, their duty), published to the screens. */
  noteWorkers(workers: readonly WorkerSummary[]): void {
    for (const w of workers) this.index?.setStatus(w.id, { onDuty: w.onDuty, load: w.load, maxLoad: w.maxLoad });
  }

  // Only a process that dispatches keeps reconciling; the console's asks re-read for themselves.
  private keepReconciling(): void {
    if (this.timer || this.closed) return;
    this.timer = setInterval(() => void this.reconcile().catch((e: Error) => console.error(`[worker-index] ${e.message}`)), RECONCILE_MS);
    this.timer.unref();
  }

  close(): void {
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
  }

  private async load(): Promise<WorkerIndex> {
    const { db, positions, policy, clock } = this.deps;
    await positions.dropStale(clock().getTime() - policy.staleAfterMs);
    const [rows, live] = await Promise.all([
      db
        .selectFrom("workers")
        .select(["id", "grid_cell", "on_duty", "load", "max_load", "lat", "lng"])
        .select(sql<string[]>`to_json(skills)`.as("skills"))
        .execute(),
      positions.all(),
    ]);
    const index = this.index ?? new WorkerIndex(policy);
    for (const row of rows) {
      index.setWorker({ id: row.id, lat: row.lat, lng: row.lng, onDuty: row.on_duty, skills: row.skills, load: row.load, maxLoad: row.max_load, gridCell: row.grid_cell });
    }
    const inLiveSet = new Set(live.map((p) => p.id));
    for (const id of index.knownIds()) if (!inLiveSet.has(id)) index.withdraw(id);
    this.apply(index, live);
    this.index = index;
    return index;
  }

  private async catchUp(): Promise<WorkerIndex> {
    const index = this.index!;
    this.apply(index, await this.deps.positions.fixesSince(this.latestFixMs - CLOCK_SKEW_MS));
    return index;
  }

  private apply(index: WorkerIndex, live: readonly LivePosition[]): void {
    for (const p of live) {
      index.place(p.id, p.lat, p.lng, p.fixAtMs);
      if (p.fixAtMs !== null && p.fixAtMs > this.latestFixMs) this.latestFixMs = p.fixAtMs;
    }
  }
}
