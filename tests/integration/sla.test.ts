import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventIdForKey } from "@/lib/domain/ids";
import { applyCaseAction } from "@/lib/pipeline/apply-case-action";
import { slaJobId } from "@/lib/domain/sla/sla-job-id";
import { enqueueRecordEvent } from "@/lib/queue/enqueue";
import { checkSlaJobsSchema } from "@/lib/queue/job-payloads";
import { scopedRoomsOf } from "@/lib/realtime/scoped-rooms-of";
import type { AppContext } from "@/lib/runtime/app-context";
import { startInProcessApp, type InProcessApp } from "../support/in-process-app";
import type { ScratchDatabase } from "../support/scratch-database";
import { sampleReport } from "../support/sample-events";
import { uniquePrefix } from "../support/services";

// garbage_pileup: sign for within 30 SLA minutes; at 50 ms a minute that is 1.5 s.
const SLA_MINUTE_MS = 50;

interface CaseRow {
  id: string;
  stage: string;
  version: number;
  assignee_id: string | null;
  overdue_since: Date | null;
  escalated_at: Date | null;
}

describe("SLA clocks as delayed BullMQ jobs on real Redis and Postgres", () => {
  const prefix = uniquePrefix("sla");
  let database: ScratchDatabase;
  let app: AppContext;
  let running: InProcessApp;

  beforeAll(async () => {
    running = await startInProcessApp(prefix, { env: { SLA_MINUTE_MS: String(SLA_MINUTE_MS) }, workers: true });
    ({ app, database } = running);
  });

  afterAll(async () => {
    await running?.stop();
  });

  async function report(key: string): Promise<string> {
    const eventId = eventIdForKey(key);
    await enqueueRecordEvent(app.queues, {
      eventId,
      idempotencyKey: key,
      receivedAt: new Date().toISOString(),
      report: sampleReport({ description: key }),
    });
    let caseId: string | null = null;
    await expect.poll(async () => {
      const rows = await database.query<{ case_id: string | null }>("SELECT case_id FROM events WHERE id = $1", [eventId]);
      caseId = rows[0]?.case_id ?? null;
      return caseId;
    }).not.toBeNull();
    return caseId!;
  }

  const caseRow = async (id: string) => (await database.query<CaseRow>("SELECT * FROM cases WHERE id = $1", [id]))[0]!;
  /** The checks of each completed clock job, read as the worker reads them: one test queues a job in the older shape. */
  const completedCheckJobs = async () => (await app.queues.sla.getJobs(["completed"])).map((j) => checkSlaJobsSchema.parse(j.data).checks);

  it("recalls a task nobody signed for, gives it to another worker, then escalates the second miss", async () => {
    const caseId = await report(`${prefix}-unsigned`);
    await expect.poll(async () => (await caseRow(caseId)).stage).toBe("dispatched");
    const first = (await caseRow(caseId)).assignee_id!;

    await expect.poll(async () => (await caseRow(caseId)).assignee_id, { timeout: 10_000 }).not.toBe(first);
    await expect.poll(async () => (await caseRow(caseId)).stage).toBe("dispatched");
    const afterRecall = await caseRow(caseId);
    expect(afterRecall.overdue_since).not.toBeNull();
    expect(afterRecall.escalated_at).toBeNull();

    await expect.poll(async () => (await caseRow(caseId)).escalated_at, { timeout: 10_000 }).not.toBeNull();
    const breaches = await database.query<{ clock: string; response: string }>(
      "SELECT clock, response FROM sla_breaches WHERE case_id = $1 ORDER BY id",
      [caseId],
    );
    expect(breaches).toEqual([
      { clock: "sign_for", response: "reassign" },
      { clock: "sign_for", response: "escalate" },
    ]);
    const history = await database.query<{ action: string }>("SELECT action FROM case_history WHERE case_id = $1 ORDER BY id", [caseId]);
    expect(history.map((h) => h.action)).toEqual(["report", "accept", "dispatch", "sla_breach", "recall", "dispatch", "escalate"]);

    // The recall is pushed to the room of the worker who let it lapse, so their phone drops the task.
    const log = await app.deltaLog.since(0);
    if (!log.ok) throw new Error("the delta log no longer reaches back to the start");
    const recall = log.deltas.findLast((d) => d.kind === "case" && d.case.id === caseId && d.case.stage === "accepted");
    expect(recall).toMatchObject({ formerAssigneeId: first });
    expect(scopedRoomsOf(recall!)).toContain(`worker:${first}`);
  });

  it("leaves a case alone when the worker signs for it in time", async () => {
    const caseId = await report(`${prefix}-signed`);
    await expect.poll(async () => (await caseRow(caseId)).stage).toBe("dispatched");
    const row = await caseRow(caseId);
    const signed = await applyCaseAction(
      app.pipeline,
      caseId,
      { action: "sign_for", expectedVersion: row.version },
      { role: "grid_worker", id: "u", workerId: row.assignee_id! },
    );
    expect(signed.ok).toBe(true);
    // Wait until the sign-for deadline's check has run, then look: nothing may have happened.
    await expect
      .poll(async () => (await completedCheckJobs()).flat().filter((c) => c.caseId === caseId && c.clock === "sign_for").length, {
        timeout: 10_000,
      })
      .toBe(1);
    const after = await caseRow(caseId);
    expect(after).toMatchObject({ stage: "in_progress", assignee_id: row.assignee_id, overdue_since: null });
  });

  it("runs fresh clocks on a case reopened by an unsatisfied rating: a missed sign-for makes it overdue", async () => {
    const caseId = await report(`${prefix}-reopened`);
    await expect.poll(async () => (await caseRow(caseId)).stage).toBe("dispatched");
    const { assignee_id: workerId, version } = await caseRow(caseId);
    const worker = { role: "grid_worker", id: "u", workerId: workerId! } as const;
    let expectedVersion = version;
    for (const step of [{ action: "sign_for" }, { action: "arrive" }, { action: "resolve", result: "已清运" }] as const) {
      const moved = await applyCaseAction(app.pipeline, caseId, { ...step, expectedVersion }, worker);
      if (!moved.ok) throw new Error(moved.message);
      expectedVersion = moved.case.version;
    }
    const rated = await applyCaseAction(app.pipeline, caseId, { action: "rate", rating: "unsatisfied", expectedVersion }, { role: "operator", id: "op" });
    expect(rated).toMatchObject({ ok: true, case: { stage: "reopened" } });

    // Dispatched again, and this time nobody signs for it: the earlier round's sign-for must not count.
    const lastActions = async () =>
      (await database.query<{ action: string }>("SELECT action FROM case_history WHERE case_id = $1 ORDER BY id", [caseId])).map((h) => h.action).slice(-5);
    await expect.poll(lastActions, { timeout: 10_000 }).toEqual(["rate", "dispatch", "sla_breach", "recall", "dispatch"]);
    expect((await caseRow(caseId)).overdue_since).not.toBeNull();
    const breaches = await database.query<{ clock: string; response: string }>("SELECT clock, response FROM sla_breaches WHERE case_id = $1", [caseId]);
    expect(breaches).toEqual([{ clock: "sign_for", response: "reassign" }]);
  });

  it("checks the clocks of cases taken in together in one delayed job, and still runs a check queued in the older shape", async () => {
    const [first, second] = await Promise.all([report(`${prefix}-together-1`), report(`${prefix}-together-2`)]);
    const breached = async (caseId: string) => (await database.query("SELECT 1 FROM sla_breaches WHERE case_id = $1 AND clock = 'sign_for'", [caseId])).length;
    await expect.poll(async () => (await breached(first!)) + (await breached(second!)), { timeout: 10_000 }).toBe(2);
    // The breaches are stored before the job finishes recalling the tasks: wait for it to complete.
    const signForJobs = async () =>
      (await completedCheckJobs())
        .filter((checks) => checks.some((c) => c.clock === "sign_for" && (c.caseId === first || c.caseId === second)))
        .map((checks) => checks.map((c) => c.caseId).sort());
    await expect.poll(signForJobs, { timeout: 10_000 }).toEqual([[first, second].sort()]);

    const older = { caseId: randomUUID(), clock: "resolve", startedAt: new Date().toISOString(), assigneeId: null };
    const job = await app.queues.sla.add("check-sla", older as never, { jobId: `${prefix}-older-shape` });
    await expect.poll(async () => (await app.queues.sla.getJob(job.id!))?.returnvalue, { timeout: 10_000 }).toEqual([{ outcome: "settled" }]);
  });

  it("splits a job whose checks fail together: each is checked again alone, so the good ones go through", async () => {
    const [good, bad] = await Promise.all([report(`${prefix}-split-good`), report(`${prefix}-split-bad`)]);
    const overdue = { caseId: good!, clock: "resolve" as const, startedAt: new Date(Date.now() - 3_600_000).toISOString(), assigneeId: null };
    // A deadline past the year 9999 is a date PostgreSQL refuses: storing this breach fails the whole batch.
    const poisoned = { caseId: bad!, clock: "resolve" as const, startedAt: "9999-12-31T23:59:59.000Z", assigneeId: null };
    await app.queues.sla.add("check-sla", { checks: [overdue, poisoned] }, { jobId: `${prefix}-split` });

    await expect.poll(async () => (await caseRow(good!)).escalated_at, { timeout: 10_000 }).not.toBeNull();
    await expect.poll(async () => (await app.queues.sla.getJob(`${prefix}-split`))?.returnvalue, { timeout: 10_000 }).toEqual([]);
    await expect.poll(async () => (await app.queues.sla.getJob(slaJobId([poisoned])))?.attemptsMade ?? 0, { timeout: 10_000 }).toBeGreaterThan(0);
    expect((await caseRow(bad!)).escalated_at).toBeNull();
  });
});
