import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventIdForKey } from "@/lib/domain/ids";
import { recordEvents } from "@/lib/pipeline/record-events";
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
});
