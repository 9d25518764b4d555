import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/domain/cases/case-rules";
import { eventIdForKey } from "@/lib/domain/ids";
import { applyCaseAction } from "@/lib/pipeline/apply-case-action";
import { dispatchCase } from "@/lib/pipeline/dispatch-case";
import { recordEvent } from "@/lib/pipeline/record-event";
import type { AppContext } from "@/lib/runtime/app-context";
import { startInProcessApp, type InProcessApp } from "../support/in-process-app";
import type { ScratchDatabase } from "../support/scratch-database";
import { sampleReport } from "../support/sample-events";
import { uniquePrefix } from "../support/services";

describe("case actions on real Postgres and Redis", () => {
  const prefix = uniquePrefix("actions");
  let database: ScratchDatabase;
  let app: AppContext;
  let running: InProcessApp;

  beforeAll(async () => {
    running = await startInProcessApp(prefix);
    ({ app, database } = running);
  });

  afterAll(async () => {
    await running?.stop();
  });

  /** A case opened by intake and auto-dispatched, with a resident as its reporter. */
  async function dispatchedCase(key: string) {
    const eventId = eventIdForKey(key);
    const { caseId } = await recordEvent(
      { eventId, idempotencyKey: key, receivedAt: new Date().toISOString(), report: sampleReport({ description: key }) },
      app.pipeline,
    );
    const outcome = await dispatchCase({ caseId, round: 0, excludeWorkerIds: [] }, app.pipeline);
    if (outcome.outcome !== "assigned") throw new Error(`not dispatched: ${outcome.outcome}`);
    await database.query("UPDATE cases SET reporter_id = 'resident-1' WHERE id = $1", [caseId]);
    const worker: Actor = { role: "grid_worker", id: `user-${outcome.workerId}`, workerId: outcome.workerId };
    return { caseId, worker, workerId: outcome.workerId };
  }

  async function load(workerId: string): Promise<number> {
    const [row] = await database.query<{ load: number }>("SELECT load FROM workers WHERE id = $1", [workerId]);
    return row!.load;
  }

  it("lets only one of two simultaneous changes on the same version through; the other gets a 409", async () => {
    const { caseId } = await dispatchedCase(`${prefix}-conflict`);
    const dispatcher: Actor = { role: "dispatcher", id: "d1" };
    const [a, b] = await Promise.all([
      applyCaseAction(app.pipeline, caseId, { action: "cancel", reason: "重复上报", expectedVersion: 2 }, dispatcher),
      applyCaseAction(app.pipeline, caseId, { action: "cancel", reason: "误报", expectedVersion: 2 }, { ...dispatcher, id: "d2" }),
    ]);
    const outcomes = [a, b].map((o) => (o.ok ? "ok" : o.status)).sort();
    expect(outcomes).toEqual([409, "ok"]);
    const refused = [a, b].find((o) => !o.ok);
    expect(refused).toMatchObject({ code: "version_conflict", current: { version: 3, stage: "cancelled" } });
    const history = await database.query<{ action: string }>("SELECT action FROM case_history WHERE case_id = $1 AND action = 'cancel'", [caseId]);
    expect(history).toHaveLength(1);
  });

  it("runs the loop to an unsatisfied rating, which reopens the case, frees the worker and asks for dispatch again", async () => {
    const { caseId, worker, workerId } = await dispatchedCase(`${prefix}-loop`);
    const loadWhileHeld = await load(workerId);
    let version = 2;
    for (const step of [{ action: "sign_for" }, { action: "arrive" }, { action: "resolve", result: "已清运" }] as const) {
      const outcome = await applyCaseAction(app.pipeline, caseId, { ...step, expectedVersion: version }, worker);
      if (!outcome.ok) throw new Error(`${step.action}: ${outcome.message}`);
      version = outcome.case.version;
    }
    expect(await load(workerId)).toBe(loadWhileHeld - 1);

    const rated = await applyCaseAction(
      app.pipeline,
      caseId,
      { action: "rate", rating: "unsatisfied", expectedVersion: version },
      { role: "resident", id: "resident-1" },
    );
    expect(rated).toMatchObject({ ok: true, case: { stage: "reopened", assigneeId: null } });

    const [row] = await database.query<{ rating: string; result: string; reopen_count: number }>(
      "SELECT rating, result, reopen_count FROM cases WHERE id = $1",
      [caseId],
    );
    expect(row).toEqual({ rating: "unsatisfied", result: "已清运", reopen_count: 1 });
    const history = await database.query<{ action: string; to_stage: string }>(
      "SELECT action, to_stage FROM case_history WHERE case_id = $1 ORDER BY id",
      [caseId],
    );
    expect(history.map((h) => `${h.action}→${h.to_stage}`)).toEqual([
      "report→reported",
      "accept→accepted",
      "dispatch→dispatched",
      "sign_for→in_progress",
      "arrive→in_progress",
      "resolve→resolved",
      "rate→reopened",
    ]);
    const queued = await app.queues.dispatch.getJobs(["waiting", "delayed", "active"]);
    expect(queued.map((j) => j.data.caseId)).toContain(caseId);
  });

  it("refuses another worker (403) and a move from the wrong stage (422)", async () => {
    const { caseId, worker } = await dispatchedCase(`${prefix}-refusals`);
    const stranger: Actor = { role: "grid_worker", id: "user-W9999", workerId: "W9999" };
    expect(await applyCaseAction(app.pipeline, caseId, { action: "sign_for", expectedVersion: 2 }, stranger)).toMatchObject({ status: 403 });
    expect(await applyCaseAction(app.pipeline, caseId, { action: "resolve", expectedVersion: 2 }, worker)).toMatchObject({ status: 422 });
  });

  it("keeps the history append-only", async () => {
    // A row-level trigger: only rows that exist can show it refusing.
    const { caseId } = await dispatchedCase(`${prefix}-append-only`);
    const history = () => database.query<{ actor: string }>("SELECT actor FROM case_history WHERE case_id = $1", [caseId]);
    const written = await history();
    expect(written).toHaveLength(3);
    await expect(database.query("UPDATE case_history SET actor = 'forged' WHERE case_id = $1", [caseId])).rejects.toThrow("append-only");
    await expect(database.query("DELETE FROM case_history WHERE case_id = $1", [caseId])).rejects.toThrow("append-only");
    expect(await history()).toEqual(written);
  });
});
