import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseConfig } from "@/lib/config/env";
import { eventIdForKey } from "@/lib/domain/ids";
import type { RecordEventJob } from "@/lib/queue/job-payloads";
import { RECONCILE_MS } from "@/lib/pipeline/live-worker-index";
import { setWorkerDuty } from "@/lib/pipeline/set-worker-duty";
import { takeInEvents } from "@/lib/pipeline/take-in-events";
import { createAppContext, type AppContext } from "@/lib/runtime/app-context";
import { startInProcessApp, type InProcessApp } from "../support/in-process-app";
import { testRedisUrl, uniquePrefix } from "../support/services";

// People's Square; every other place is so many km north of it.
const square = { lat: 31.2304, lng: 121.4737 };
const north = (km: number) => ({ lat: square.lat + km / 111.2, lng: square.lng });

function report(key: string, at = square): RecordEventJob {
  return {
    eventId: eventIdForKey(key),
    idempotencyKey: key,
    receivedAt: new Date().toISOString(),
    report: { channel: "hotline", category: "garbage_pileup", description: `垃圾堆积 ${key}`, location: at },
  };
}

describe("dispatch in a storm: past busy workers, never over a limit, never to the absent", () => {
  const prefix = uniquePrefix("storm");
  let running: InProcessApp;
  let app: AppContext;
  /** Another process on the same database and Redis, whose worker index was loaded before the changes. */
  let other: AppContext;
  let cleaners: string[];

  /** Phones report every worker far away except those named, `km` north of the square. */
  async function placeOnly(near: ReadonlyMap<string, number>, atMs = Date.now()) {
    const rows = await running.database.query<{ id: string }>("SELECT id FROM workers");
    const far = north(40);
    await app.positions.record(
      rows.map(({ id }) => {
        const km = near.get(id);
        const at = km === undefined ? far : north(km);
        return [id, at.lat, at.lng];
      }),
      atMs,
    );
  }

  async function dispatchedTo(ctx: AppContext, key: string): Promise<string | null> {
    const [taken] = await takeInEvents([report(key)], ctx.pipeline);
    const [row] = await running.database.query<{ assignee_id: string | null }>("SELECT assignee_id FROM cases WHERE id = $1", [taken!.caseId]);
    return row!.assignee_id;
  }

  beforeAll(async () => {
    running = await startInProcessApp(prefix);
    app = running.app;
    other = await createAppContext(parseConfig({ DATABASE_URL: running.database.url, REDIS_URL: testRedisUrl, REDIS_PREFIX: prefix }));
    const rows = await running.database.query<{ id: string }>("SELECT id FROM workers WHERE 'sanitation' = ANY(skills) ORDER BY id LIMIT 43");
    cleaners = rows.map((r) => r.id);
    await running.database.query("UPDATE workers SET load = 0");
    await running.database.query("UPDATE workers SET load = max_load WHERE id = ANY($1)", [cleaners.slice(0, 40)]);
    await placeOnly(new Map(cleaners.map((id, i) => [id, i < 40 ? 0.1 + 0.005 * i : [0.5, 0.8, 1.5][i - 40]!])));
    await app.pipeline.workerIndex.reconcile();
    await other.pipeline.workerIndex.current();
  });

  afterAll(async () => {
    await other?.close();
    await running?.stop();
  });

  it("gives a case whose 40 nearest workers are busy to the 41st", async () => {
    expect(await dispatchedTo(app, `${prefix}-past-busy`)).toBe(cleaners[40]);
    const [assignment] = await running.database.query<{ reason: { excluded: { at_capacity: number } } }>(
      "SELECT reason FROM assignments WHERE worker_id = $1",
      [cleaners[40]],
    );
    expect(assignment!.reason.excluded.at_capacity).toBe(40);
  });

  it("gives a worker who signed off no more cases, here or in a process that has not heard of it yet", async () => {
    await setWorkerDuty(app.pipeline, cleaners[40]!, false);
    expect(await app.positions.positionsOf([cleaners[40]!])).toEqual(new Map());
    expect(await dispatchedTo(app, `${prefix}-signed-off-here`)).toBe(cleaners[41]);
    // The other process still believes the 41st on duty: the database refuses them, and the case goes at once to the next-best.
    expect(await dispatchedTo(other, `${prefix}-signed-off-there`)).toBe(cleaners[41]);
  });

  it("learns within seconds, in every process, of load changed elsewhere", async () => {
    const index = await other.pipeline.workerIndex.current();
    const best = () => index.nearestEligible({ ...north(1.5), skills: ["sanitation"], gridCell: "", k: 1, nowMs: Date.now() }).ranked[0]?.id;
    expect(best()).toBe(cleaners[42]);
    await running.database.query("UPDATE workers SET load = max_load WHERE id = $1", [cleaners[42]]);
    await expect.poll(best, { timeout: RECONCILE_MS * 3, interval: 100 }).not.toBe(cleaners[42]);
    await running.database.query("UPDATE workers SET load = 0 WHERE id = $1", [cleaners[42]]);
    await expect.poll(best, { timeout: RECONCILE_MS * 3, interval: 100 }).toBe(cleaners[42]);
  });

  it("gives a worker whose phone has been silent too long no case, and drops their position", async () => {
    const silentSince = Date.now() - 11 * 60_000;
    await app.positions.record([[cleaners[41]!, north(0.8).lat, north(0.8).lng]], silentSince);
    // A reconcile already running when the position was recorded is shared, not started afresh: the second one is after it.
    await app.pipeline.workerIndex.reconcile();
    await app.pipeline.workerIndex.reconcile();
    expect(await app.positions.positionsOf([cleaners[41]!])).toEqual(new Map());
    expect(await dispatchedTo(app, `${prefix}-silent`)).toBe(cleaners[42]);
  });
});

describe("two worker processes dispatching one burst", () => {
  const prefix = uniquePrefix("storm-two");
  const BURST = 240;
  let running: InProcessApp;
  let second: AppContext;
  let stopSecond: () => Promise<void>;

  beforeAll(async () => {
    running = await startInProcessApp(prefix, { workers: true });
    second = await createAppContext(parseConfig({ DATABASE_URL: running.database.url, REDIS_URL: testRedisUrl, REDIS_PREFIX: prefix }));
    const { startWorkers } = await import("@/workers/main");
    const workers = await startWorkers(second);
    stopSecond = async () => {
      await workers.close();
      await second.close();
    };
  });

  afterAll(async () => {
    await stopSecond?.();
    await running?.stop();
  });

  it("never gives a worker more than their limit, and counts every case they hold", async () => {
    const { enqueueEventAlone } = await import("@/lib/queue/enqueue");
    // A crowd of reports within a kilometre of the square: the nearby workers fill up.
    for (let i = 0; i < BURST; i++) {
      const at = { lat: square.lat + ((i % 17) - 8) * 0.0008, lng: square.lng + ((i % 13) - 6) * 0.0009 };
      await enqueueEventAlone(running.app.queues, report(`${prefix}-${i}`, at));
    }
    await expect
      .poll(() => running.app.queues.intake.getJobCounts("waiting", "active", "delayed", "prioritized").then((c) => Object.values(c).reduce((a, b) => a + b, 0)), {
        timeout: 60_000,
        interval: 200,
      })
      .toBe(0);
    const [{ n }] = (await running.database.query<{ n: string }>("SELECT count(*) AS n FROM cases")) as [{ n: string }];
    expect(Number(n)).toBe(BURST);

    const workers = await running.database.query<{ id: string; load: number; max_load: number; held: string }>(
      `SELECT w.id, w.load, w.max_load, count(c.id) AS held
       FROM workers w LEFT JOIN cases c ON c.assignee_id = w.id AND c.stage = 'dispatched'
       GROUP BY w.id`,
    );
    expect(workers.filter((w) => w.load > w.max_load || Number(w.held) > w.max_load)).toEqual([]);
    expect(workers.filter((w) => w.load !== Number(w.held))).toEqual([]);
    const assigned = workers.reduce((sum, w) => sum + Number(w.held), 0);
    expect(assigned).toBeGreaterThan(BURST / 2);
  });
});
