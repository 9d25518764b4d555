import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventIdForKey } from "@/lib/domain/ids";
import { checkSlaClocks } from "@/lib/pipeline/check-sla";
import { takeInEvents } from "@/lib/pipeline/take-in-events";
import type { RecordEventJob } from "@/lib/queue/job-payloads";
import type { ScreenPublisher } from "@/lib/realtime/screen-publisher";
import type { AppContext } from "@/lib/runtime/app-context";
import { startInProcessApp, type InProcessApp } from "../support/in-process-app";
import type { ScratchDatabase } from "../support/scratch-database";
import { sampleReport } from "../support/sample-events";
import { uniquePrefix } from "../support/services";

// garbage_pileup: sign for within 30 SLA minutes; at 200 ms a minute that is 6 s after dispatch.
const SLA_MINUTE_MS = 200;
const STORM = 2_000;

describe("an SLA storm: thousands of sign-for deadlines passing at once", () => {
  const prefix = uniquePrefix("sla-storm");
  let database: ScratchDatabase;
  let app: AppContext;
  let running: InProcessApp;

  beforeAll(async () => {
    running = await startInProcessApp(prefix, { env: { SLA_MINUTE_MS: String(SLA_MINUTE_MS) }, workers: true });
    ({ app, database } = running);
    // The demo's 300 workers hold about 1,300 tasks; room for the storm and for its re-dispatch.
    await database.query("UPDATE workers SET max_load = 40, skills = array_append(skills, 'sanitation') WHERE NOT 'sanitation' = ANY(skills)");
    await database.query("UPDATE workers SET max_load = 40");
    // Changed behind the pipeline's back: the worker index learns of it now, not at its next re-read.
    await app.pipeline.workerIndex.reconcile();
  });

  afterAll(async () => {
    await running?.stop();
  });

  it("recalls all of them once and dispatches each to another worker in a handful of batches", { timeout: 120_000 }, async () => {
    const events: RecordEventJob[] = Array.from({ length: STORM }, (_, i) => {
      const key = `${prefix}-${i}`;
      // A grid of 50 × 40 places over central Shanghai, about 6 × 6 km around People's Square.
      const location = { lat: 31.2 + (i % 50) / 850, lng: 121.44 + Math.floor(i / 50) / 650 };
      return { eventId: eventIdForKey(key), idempotencyKey: key, receivedAt: new Date().toISOString(), report: sampleReport({ description: key, location }) };
    });
    await takeInEvents(events, app.pipeline);
    const dispatched = await database.query<{ id: string; assignee_id: string; dispatched_at: Date }>(
      "SELECT id, assignee_id, dispatched_at FROM cases WHERE stage = 'dispatched'",
    );
    expect(dispatched, JSON.stringify(await database.query("SELECT stage, count(*) FROM cases GROUP BY stage"))).toHaveLength(STORM);
    const first = new Map(dispatched.map((c) => [c.id, c.assignee_id]));
    // Dispatched together: one clock start, so one deadline for all of them.
    const starts = new Set(dispatched.map((c) => c.dispatched_at.getTime()));
    expect(starts.size).toBe(1);
    const dueAt = [...starts][0]! + 30 * SLA_MINUTE_MS;

    let publishes = 0;
    const publisher: ScreenPublisher = app.pipeline.publisher;
    app.pipeline.publisher = { ...publisher, publish: (deltas) => ((publishes += 1), publisher.publish(deltas)) };

    // The storm's checks are done once the jobs holding them have completed: recalled and dispatched again.
    const firstStart = new Date([...starts][0]!).toISOString();
    const checked = async () =>
      (await app.queues.sla.getJobs(["completed"])).flatMap((j) => j.data.checks).filter((c) => c.clock === "sign_for" && c.startedAt === firstStart).length;
    await expect.poll(checked, { timeout: 60_000, interval: 200 }).toBe(STORM);
    const tookMs = Date.now() - dueAt;
    app.pipeline.publisher = publisher;
    expect(tookMs).toBeLessThan(30_000);

    const rows = await database.query<{ id: string; stage: string; assignee_id: string | null; breaches: number; recalls: number }>(`
      SELECT c.id, c.stage, c.assignee_id,
        (SELECT count(*) FROM sla_breaches b WHERE b.case_id = c.id AND b.clock = 'sign_for' AND b.response = 'reassign')::int AS breaches,
        (SELECT count(*) FROM case_history h WHERE h.case_id = c.id AND h.action = 'recall')::int AS recalls
      FROM cases c`);
    expect(rows.filter((r) => r.breaches === 1 && r.recalls === 1)).toHaveLength(STORM);
    const givenToAnother = rows.filter((r) => r.stage === "dispatched" && r.assignee_id !== first.get(r.id));
    const waiting = rows.filter((r) => r.stage === "accepted");
    expect(givenToAnother.length + waiting.length).toBe(STORM);
    expect(givenToAnother.length).toBeGreaterThan(STORM * 0.9);
    // One check at a time would publish twice per case; batches publish twice per batch.
    expect(publishes).toBeLessThan(20);

    // The same batch again, as a retry would run it: nothing more is recorded, recalled or moved.
    const storm = (await app.queues.sla.getJobs(["completed"])).flatMap((j) => j.data.checks).filter((c) => c.startedAt === firstStart);
    expect(storm).toHaveLength(STORM);
    const holders = "SELECT id, stage, assignee_id FROM cases ORDER BY id";
    const before = await database.query(holders);
    await checkSlaClocks(storm, app.pipeline);
    expect(await database.query(holders)).toEqual(before);
    const counts = await database.query(`SELECT
      (SELECT count(*) FROM sla_breaches WHERE response = 'reassign')::int AS breaches,
      (SELECT count(*) FROM case_history WHERE action IN ('recall', 'sla_breach'))::int AS entries`);
    expect(counts).toEqual([{ breaches: STORM, entries: 2 * STORM }]);
  });
});
