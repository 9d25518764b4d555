import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listSummonRows } from "@/lib/db/repositories/summons.repository";
import type { Actor } from "@/lib/domain/cases/case-rules";
import { eventIdForKey } from "@/lib/domain/ids";
import { acknowledgeSummon } from "@/lib/pipeline/acknowledge-summon";
import { applyCaseAction } from "@/lib/pipeline/apply-case-action";
import { dispatchCase } from "@/lib/pipeline/dispatch-case";
import { rateSummonedDepartment } from "@/lib/pipeline/rate-summoned-department";
import { recordEvent } from "@/lib/pipeline/record-event";
import { recordEvents } from "@/lib/pipeline/record-events";
import { summonDepartments } from "@/lib/pipeline/summon-departments";
import { toSummonViews } from "@/lib/pipeline/summon-views";
import type { AppContext } from "@/lib/runtime/app-context";
import { startInProcessApp, type InProcessApp } from "../support/in-process-app";
import type { ScratchDatabase } from "../support/scratch-database";
import { sampleReport } from "../support/sample-events";
import { uniquePrefix } from "../support/services";

const dispatcher: Actor = { role: "dispatcher", id: "d1" };
const waterStaff: Actor = { role: "department_staff", id: "s-water", department: "water" };
const policeStaff: Actor = { role: "department_staff", id: "s-police", department: "police" };

describe("吹哨报到 on real Redis and Postgres", () => {
  const prefix = uniquePrefix("summons");
  let database: ScratchDatabase;
  let app: AppContext;
  let running: InProcessApp;

  beforeAll(async () => {
    // A one-minute emergency whistle at one second a minute; the worker's own deadlines (sign-for 30 minutes = 30 s)
    // stay far away, so no recall races the worker's actions below.
    running = await startInProcessApp(prefix, {
      env: { SLA_MINUTE_MS: "1000", SUMMON_MINUTES_EMERGENCY: "1", SUMMON_MINUTES_ROUTINE: "100000" },
      workers: true,
    });
    ({ app, database } = running);
  });

  afterAll(async () => {
    await running?.stop();
  });

  async function openCase(key: string, category = "garbage_pileup") {
    const eventId = eventIdForKey(key);
    const { caseId } = await recordEvent(
      { eventId, idempotencyKey: key, receivedAt: new Date().toISOString(), report: sampleReport({ description: key, category }) },
      app.pipeline,
    );
    return caseId;
  }

  const statuses = async (caseId: string) =>
    toSummonViews(await listSummonRows(app.database.db, { caseId }), new Date()).flatMap((s) => s.departments.map((d) => `${d.department}:${d.status}`));

  it("shows who reported in and who missed the deadline, escalates the miss, and lets the street rate after closing", async () => {
    const caseId = await openCase(`${prefix}-whistle`);
    const summoned = await summonDepartments(app.pipeline, caseId, { whistle: "emergency", departments: ["water", "police"], reason: "积水与交通" }, dispatcher);
    if (!summoned.ok) throw new Error(summoned.message);
    expect(await statuses(caseId)).toEqual(["police:pending", "water:pending"]);

    expect(await acknowledgeSummon(app.pipeline, summoned.summons.id, waterStaff)).toMatchObject({ ok: true });
    expect(await acknowledgeSummon(app.pipeline, summoned.summons.id, waterStaff)).toMatchObject({ status: 409 });
    expect(await acknowledgeSummon(app.pipeline, summoned.summons.id, { ...waterStaff, department: "housing" })).toMatchObject({ status: 403 });

    await expect.poll(async () => (await database.query<{ escalated_at: Date | null }>("SELECT escalated_at FROM cases WHERE id = $1", [caseId]))[0]?.escalated_at, { timeout: 10_000 }).not.toBeNull();
    expect(await statuses(caseId)).toEqual(["police:missed", "water:acknowledged"]);
    expect(await acknowledgeSummon(app.pipeline, summoned.summons.id, policeStaff)).toMatchObject({ ok: true });
    expect(await statuses(caseId)).toEqual(["police:late", "water:acknowledged"]);

    const history = await database.query<{ action: string }>("SELECT action FROM case_history WHERE case_id = $1 ORDER BY id", [caseId]);
    expect(history.map((h) => h.action)).toEqual(expect.arrayContaining(["summon", "report_in", "summon_missed"]));

    const rating = { department: "police", score: 2 };
    expect(await rateSummonedDepartment(app.pipeline, summoned.summons.id, rating, dispatcher)).toMatchObject({ status: 422, code: "wrong_stage" });
    await dispatchCase({ caseId, round: 0, excludeWorkerIds: [] }, app.pipeline);
    const [row] = await database.query<{ version: number; assignee_id: string }>("SELECT version, assignee_id FROM cases WHERE id = $1", [caseId]);
    const worker: Actor = { role: "grid_worker", id: "w", workerId: row!.assignee_id };
    let version = row!.version;
    for (const [action, actor] of [["sign_for", worker], ["resolve", worker], ["close", dispatcher]] as const) {
      const outcome = await applyCaseAction(app.pipeline, caseId, { action, expectedVersion: version }, actor);
      if (!outcome.ok) throw new Error(`${action}: ${outcome.message}`);
      version = outcome.case.version;
    }
    expect(await rateSummonedDepartment(app.pipeline, summoned.summons.id, rating, dispatcher)).toEqual({ ok: true });
    expect(await rateSummonedDepartment(app.pipeline, summoned.summons.id, rating, policeStaff)).toMatchObject({ status: 403 });
  });

  it("summons a cross-department category's departments automatically, once", async () => {
    const key = `${prefix}-river`;
    const caseId = await openCase(key, "river_pollution");
    await recordEvent(
      { eventId: eventIdForKey(key), idempotencyKey: key, receivedAt: new Date().toISOString(), report: sampleReport({ description: key, category: "river_pollution" }) },
      app.pipeline,
    );
    const views = toSummonViews(await listSummonRows(app.database.db, { caseId }), new Date());
    expect(views).toHaveLength(1);
    expect(views[0]).toMatchObject({
      caseCode: expect.stringMatching(/^SH\d{8}-\d{6,}$/),
      caseCategory: "river_pollution",
      whistle: "routine",
      summonedBy: "system:catalogue",
      reason: "跨部门事项自动吹哨：河道污染 (cross-department: River pollution)",
      departments: [expect.objectContaining({ department: "water" })],
    });
    expect(views[0]!.reason).not.toContain("river_pollution");
  });

  it("summons for every cross-department case of an intake batch together, once each, an event sent twice in it included", async () => {
    const job = (name: string, category: string) => {
      const key = `${prefix}-batch-${name}`;
      return { eventId: eventIdForKey(key), idempotencyKey: key, receivedAt: new Date().toISOString(), report: sampleReport({ description: key, category }) };
    };
    const river = job("river", "river_pollution");
    const jobs = [river, job("flood", "road_waterlogging"), job("litter", "garbage_pileup"), river];
    const recorded = await recordEvents(jobs, app.pipeline);
    const summoned = async (caseId: string) =>
      toSummonViews(await listSummonRows(app.database.db, { caseId }), new Date()).map((view) => view.departments.map((d) => d.department));
    expect(await Promise.all(recorded.map((r) => summoned(r.caseId)))).toEqual([[["water"]], [["transport"]], [], [["water"]]]);
  });

  it("refuses summons from a worker and to unknown departments", async () => {
    const caseId = await openCase(`${prefix}-refuse`);
    expect(await summonDepartments(app.pipeline, caseId, { whistle: "hard", departments: ["water"], reason: "x" }, { role: "grid_worker", id: "w" })).toMatchObject({ status: 403 });
    expect(await summonDepartments(app.pipeline, caseId, { whistle: "hard", departments: ["nasa"], reason: "x" }, dispatcher)).toMatchObject({ status: 422 });
  });
});
