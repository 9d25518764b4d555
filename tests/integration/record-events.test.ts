import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventIdForKey } from "@/lib/domain/ids";
import { hashTrackingToken } from "@/lib/domain/tracking/tracking-token";
import { recordEvents } from "@/lib/pipeline/record-events";
import { takeInEvents } from "@/lib/pipeline/take-in-events";
import type { RecordEventJob } from "@/lib/queue/job-payloads";
import type { AppContext } from "@/lib/runtime/app-context";
import { startInProcessApp, type InProcessApp } from "../support/in-process-app";
import type { ScratchDatabase } from "../support/scratch-database";
import { sampleReport } from "../support/sample-events";
import { uniquePrefix } from "../support/services";

describe("a batch of events stored together, on real Redis and Postgres", () => {
  const prefix = uniquePrefix("record-events");
  let running: InProcessApp;
  let app: AppContext;
  let database: ScratchDatabase;

  const event = (key: string): RecordEventJob => ({
    eventId: eventIdForKey(key),
    idempotencyKey: key,
    receivedAt: new Date().toISOString(),
    report: sampleReport({ description: `批量 ${key}` }),
  });

  beforeAll(async () => {
    running = await startInProcessApp(prefix);
    ({ app, database } = running);
  });

  afterAll(async () => {
    await running?.stop();
  });

  it("opens one case per idempotency key when a retry of a report lands in the same batch", async () => {
    const first = event(`${prefix}-same-batch-a`);
    const other = event(`${prefix}-same-batch-b`);
    const recorded = await recordEvents([first, other, { ...first, receivedAt: new Date(Date.now() + 1_000).toISOString() }], app.pipeline);

    expect(recorded.map((r) => r.created)).toEqual([true, true, false]);
    expect(recorded[2]!.caseId).toBe(recorded[0]!.caseId);
    const cases = await database.query<{ n: string }>("SELECT count(*) AS n FROM cases WHERE description LIKE $1", [`批量 ${prefix}-same-batch-%`]);
    expect(Number(cases[0]!.n)).toBe(2);
  });

  it("finds the case a key opened in an earlier batch", async () => {
    const key = `${prefix}-earlier-batch`;
    const [opened] = await recordEvents([event(key)], app.pipeline);
    expect(opened).toMatchObject({ created: true });
    const again = await recordEvents([event(key)], app.pipeline);
    expect(again).toEqual([expect.objectContaining({ created: false })]);
    const before = await database.query<{ id: string }>("SELECT case_id AS id FROM events WHERE idempotency_key = $1", [key]);
    expect(again[0]!.caseId).toBe(before[0]!.id);
  });

  it("writes a batch's events, cases already dispatched, history, tracking links, assignments and load claims in one transaction, and updates none of them after", async () => {
    const keys = [1, 2, 3].map((n) => `${prefix}-once-${n}`);
    const taken = await takeInEvents(
      keys.map((key) => ({ ...event(key), trackingTokenHash: hashTrackingToken(`token-${key}`) })),
      app.pipeline,
    );
    const ids = taken.map((t) => t.caseId);
    const cases = await database.query<{ stage: string; version: number; assignee_id: string | null; tx: string }>(
      "SELECT stage, version, assignee_id, xmin::text AS tx FROM cases WHERE id = ANY($1::uuid[])",
      [ids],
    );
    expect(cases).toHaveLength(3);
    expect(cases.every((c) => c.stage === "dispatched" && c.version === 2 && c.assignee_id)).toBe(true);
    // A row's xmin is the transaction that last wrote it: one for all, and none written again since.
    const writers = await database.query<{ tx: string }>(
      `SELECT xmin::text AS tx FROM events WHERE case_id = ANY($1::uuid[])
       UNION SELECT xmin::text FROM case_history WHERE case_id = ANY($1::uuid[])
       UNION SELECT xmin::text FROM tracking_links WHERE case_id = ANY($1::uuid[])
       UNION SELECT xmin::text FROM assignments WHERE case_id = ANY($1::uuid[])
       UNION SELECT xmin::text FROM workers WHERE id = ANY($2::text[])
       UNION SELECT xmin::text FROM cases WHERE id = ANY($1::uuid[])`,
      [ids, cases.map((c) => c.assignee_id)],
    );
    expect(writers).toHaveLength(1);
    const history = await database.query<{ action: string }>("SELECT action FROM case_history WHERE case_id = $1 ORDER BY id", [ids[0]]);
    expect(history.map((h) => h.action)).toEqual(["report", "accept", "dispatch"]);
  });

  it("gives a case to the next-best at once when the database refuses the worker the index chose, never over the limit", async () => {
    const [first] = await takeInEvents([event(`${prefix}-refused-1`)], app.pipeline);
    const [held] = await database.query<{ assignee_id: string }>("SELECT assignee_id FROM cases WHERE id = $1", [first!.caseId]);
    const chosen = held!.assignee_id;
    // Another process filled this worker up; this process's index has not heard of it yet.
    await database.query("UPDATE workers SET load = max_load WHERE id = $1", [chosen]);

    const [second] = await takeInEvents([event(`${prefix}-refused-2`)], app.pipeline);
    const [stored] = await database.query<{ stage: string; assignee_id: string }>("SELECT stage, assignee_id FROM cases WHERE id = $1", [second!.caseId]);
    expect(stored).toMatchObject({ stage: "dispatched" });
    expect(stored!.assignee_id).not.toBe(chosen);
    expect(await database.query("SELECT id FROM workers WHERE load > max_load")).toEqual([]);
  });
});
