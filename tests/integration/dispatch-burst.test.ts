import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { catalogue, grids, workers } from "@/lib/city/shanghai";
import { eventIdForKey } from "@/lib/domain/ids";
import { generateTyphoonBurst } from "@/scripts/simulator/model/typhoon-burst";
import { dispatchBurst } from "@/lib/pipeline/dispatch-burst";
import { recordEvent } from "@/lib/pipeline/record-event";
import type { AppContext } from "@/lib/runtime/app-context";
import { startInProcessApp, type InProcessApp } from "../support/in-process-app";
import type { ScratchDatabase } from "../support/scratch-database";
import { uniquePrefix } from "../support/services";

const BACKLOG = 120;

describe("a typhoon backlog dispatched jointly, on real Redis and Postgres", () => {
  const prefix = uniquePrefix("burst");
  let running: InProcessApp;
  let app: AppContext;
  let database: ScratchDatabase;

  beforeAll(async () => {
    // No BullMQ workers: the cases stay accepted, as when dispatch falls behind a burst.
    running = await startInProcessApp(prefix);
    ({ app, database } = running);
    const storm = generateTyphoonBurst({ grids, categories: catalogue, workers, caseCount: BACKLOG, seed: "integration" });
    for (const c of storm.cases) {
      const key = `${prefix}-${c.id}`;
      await recordEvent(
        {
          eventId: eventIdForKey(key),
          idempotencyKey: key,
          receivedAt: new Date().toISOString(),
          report: { channel: "hotline", category: c.category, description: `台风积水 ${c.id}`, location: { lat: c.lat, lng: c.lng } },
        },
        app.pipeline,
      );
    }
  });

  afterAll(async () => {
    await running?.stop();
  });

  it("assigns the backlog within every worker's limit, stores why, starts each sign-for clock, and assigns nothing twice when run again", async () => {
    const result = await dispatchBurst(app.pipeline, "dispatcher-user");
    expect(result.considered).toBe(BACKLOG);
    expect(result.takenMeanwhile).toBe(0);
    expect(result.assigned + result.unassigned.length).toBe(BACKLOG);
    expect(result.assigned).toBeGreaterThan(BACKLOG * 0.9);

    const dispatched = await database.query<{ n: string }>("SELECT count(*) AS n FROM cases WHERE stage = 'dispatched'");
    expect(Number(dispatched[0]!.n)).toBe(result.assigned);

    const overloaded = await database.query("SELECT id FROM workers WHERE load > max_load");
    expect(overloaded).toEqual([]);
    const loads = await database.query<{ id: string; load: number; n: string }>(
      "SELECT w.id, w.load, count(a.case_id) AS n FROM workers w JOIN assignments a ON a.worker_id = w.id GROUP BY w.id, w.load",
    );
    expect(loads.every((w) => w.load === Number(w.n))).toBe(true);

    const stored = await database.query<{ distance_m: number; reason: { rule: string; requestedBy: string } }>(
      "SELECT distance_m, reason FROM assignments",
    );
    expect(stored).toHaveLength(result.assigned);
    expect(stored.every((a) => a.reason.rule === "burst-least-total-travel" && a.reason.requestedBy === "dispatcher-user")).toBe(true);
    expect(stored.reduce((sum, a) => sum + a.distance_m, 0)).toBe(result.totalTravelMeters);

    const clocks = await app.queues.sla.getJobs(["delayed", "waiting"]);
    expect(clocks.flatMap((j) => j.data.checks).filter((c) => c.clock === "sign_for")).toHaveLength(result.assigned);

    // Run again, it finds only the cases nobody could take.
    const before = await database.query<{ n: string }>("SELECT count(*) AS n FROM assignments");
    const again = await dispatchBurst(app.pipeline, "dispatcher-user");
    expect(again.considered).toBe(result.unassigned.length);
    expect(again.assigned).toBe(0);
    const after = await database.query<{ n: string }>("SELECT count(*) AS n FROM assignments");
    expect(after).toEqual(before);
  });
});
