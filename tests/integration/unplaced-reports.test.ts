import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { snapshotSchema } from "@/lib/contracts/snapshot";
import { listCategories } from "@/lib/db/repositories/catalogue.repository";
import { findCaseSummary } from "@/lib/db/repositories/cases.repository";
import type { Actor } from "@/lib/domain/cases/case-rules";
import { acceptEvent } from "@/lib/pipeline/accept-event";
import { applyCaseAction } from "@/lib/pipeline/apply-case-action";
import { dispatchBurst } from "@/lib/pipeline/dispatch-burst";
import { dispatchCase } from "@/lib/pipeline/dispatch-case";
import { findCaseDuplicates } from "@/lib/pipeline/find-duplicates";
import { listMyTasks } from "@/lib/pipeline/list-my-tasks";
import { loadCaseDetail } from "@/lib/pipeline/load-case-detail";
import { loadScreenSnapshot } from "@/lib/pipeline/load-screen-snapshot";
import { loadTracking } from "@/lib/pipeline/load-tracking";
import { suggestWorkers } from "@/lib/pipeline/suggest-workers";
import type { AppContext } from "@/lib/runtime/app-context";
import { startInProcessApp, type InProcessApp } from "../support/in-process-app";
import { pollUntil } from "../support/poll";
import type { ScratchDatabase } from "../support/scratch-database";
import { uniquePrefix } from "../support/services";

const dispatcher: Actor = { role: "dispatcher", id: "user-dispatcher" };

describe("what real cities send: reports without coordinates, without text, in no category", () => {
  const prefix = uniquePrefix("unplaced");
  let running: InProcessApp;
  let app: AppContext;
  let database: ScratchDatabase;

  beforeAll(async () => {
    running = await startInProcessApp(prefix, { workers: true });
    ({ app, database } = running);
  });

  afterAll(async () => {
    await running?.stop();
  });

  /** Posts a report through intake and waits for the workers to open its case; returns it with its tracking token. */
  async function report(key: string, body: Record<string, unknown>) {
    const outcome = await acceptEvent(
      { queues: app.queues, reference: app.reference, trackingSecret: app.trackingSecret },
      { body: { channel: "open311", id: `${prefix}-${key}`, ...body }, idempotencyHeader: null, userId: null },
    );
    if (outcome.status !== 202) throw new Error(`not accepted: ${JSON.stringify(outcome.body)}`);
    const [row] = await pollUntil(
      () => database.query<{ case_id: string | null }>("SELECT case_id FROM events WHERE id = $1", [outcome.body.eventId]),
      (rows) => Boolean(rows[0]?.case_id),
    );
    return { caseId: row!.case_id!, token: outcome.body.trackingUrl.replace("/track/", "") };
  }

  const stageOf = async (caseId: string) => (await findCaseSummary(app.database.db, caseId))?.stage;

  it("places a report that has only an address at the centre of the district it names, for the desk to confirm before anyone is sent", async () => {
    const { caseId } = await report("address", { category: "garbage_pileup", description: "垃圾无人清运", address: "上海市黄浦区南京东路100号" });
    const placed = await findCaseSummary(app.database.db, caseId);
    expect(placed).toMatchObject({ stage: "accepted", district: 310101, gridCell: expect.any(String), locationApproximate: true });
    const centre = app.reference.geocode("黄浦区")!.location;
    expect({ lat: placed!.lat, lng: placed!.lng }).toEqual(centre);
    const [history] = await database.query<{ detail: { placedBy: string } }>("SELECT detail FROM case_history WHERE case_id = $1 AND action = 'report'", [caseId]);
    expect(history!.detail.placedBy).toBe("address");
    // A district is kilometres wide: its centre is no place to send a worker to.
    expect(await dispatchCase({ caseId, round: 0, excludeWorkerIds: [] }, app.pipeline)).toEqual({ outcome: "left_to_desk" });

    const located = await applyCaseAction(app.pipeline, caseId, { action: "locate", location: { lat: 31.2372, lng: 121.4845 }, expectedVersion: placed!.version }, dispatcher);
    expect(located).toMatchObject({ ok: true, case: { lat: 31.2372, lng: 121.4845, locationApproximate: false } });
    await expect.poll(() => stageOf(caseId), { timeout: 15_000 }).toBe("dispatched");
  });

  it("keeps a report whose address names no known place waiting for the desk, shows it everywhere, and dispatches it once placed", async () => {
    const { caseId, token } = await report("nowhere", { category: "garbage_pileup", description: "Trash piled up", address: "350 5th Ave, New York" });
    const waiting = await findCaseSummary(app.database.db, caseId);
    expect(waiting).toMatchObject({ stage: "accepted", lat: null, lng: null, gridCell: null, district: null, assigneeId: null });

    // Nothing dispatches it, and nothing that shows it breaks.
    expect(await dispatchCase({ caseId, round: 0, excludeWorkerIds: [] }, app.pipeline)).toEqual({ outcome: "left_to_desk" });
    expect((await dispatchBurst(app.pipeline, "test")).unassigned.map((u) => u.caseId)).not.toContain(caseId);
    expect(await stageOf(caseId)).toBe("accepted");
    const snapshot = snapshotSchema.parse(await loadScreenSnapshot({ db: app.database.db, deltaLog: app.deltaLog, positions: app.positions }, new Date()));
    expect(snapshot.cases.find((c) => c.id === caseId)).toMatchObject({ lat: null });
    expect((await loadTracking({ db: app.database.db, reference: app.reference }, token))?.case.location).toBeNull();
    expect((await suggestWorkers(app.pipeline, caseId))?.suggestions).toEqual([]);
    expect((await findCaseDuplicates(app.pipeline, caseId))?.duplicates).toEqual([]);
    const detail = await loadCaseDetail(app.pipeline, caseId, dispatcher);
    expect(detail.ok && detail.detail.reports[0]!.address).toBe("350 5th Ave, New York");
    const staff: Actor = { role: "department_staff", id: "user-sanitation", department: "greening_sanitation" };
    expect((await listMyTasks(app.pipeline, staff, { lat: 31.23, lng: 121.47 }))?.tasks.find((t) => t.case.id === caseId)).toMatchObject({ distanceM: null });
    // A worker needs somewhere to go: the desk places the case first.
    const manual = await applyCaseAction(app.pipeline, caseId, { action: "dispatch", workerId: "W0001", expectedVersion: waiting!.version }, dispatcher);
    expect(manual).toMatchObject({ ok: false, code: "location_required" });

    const placed = await applyCaseAction(app.pipeline, caseId, { action: "locate", location: { lat: 31.2304, lng: 121.4737 }, expectedVersion: waiting!.version }, dispatcher);
    expect(placed).toMatchObject({ ok: true, case: { stage: "accepted", lat: 31.2304, lng: 121.4737, district: 310101 } });
    await expect.poll(() => stageOf(caseId), { timeout: 15_000 }).toBe("dispatched");
  });

  it("refuses to place a case without the location", async () => {
    const { caseId } = await report("no-location", { category: "garbage_pileup", address: "somewhere" });
    const outcome = await applyCaseAction(app.pipeline, caseId, { action: "locate", expectedVersion: 1 }, dispatcher);
    expect(outcome).toMatchObject({ ok: false, status: 422, code: "location_required" });
  });

  it("routes a report in no category (其他) to the desk, where auto-dispatch leaves it", async () => {
    expect((await listCategories(app.database.db)).find((c) => c.code === "other")).toMatchObject({ nameZh: "其他", nameEn: "Other", autoDispatch: false });
    const { caseId } = await report("other", { category: "other", description: "邻居家的狗半夜叫", location: { lat: 31.2304, lng: 121.4737 } });
    expect(await findCaseSummary(app.database.db, caseId)).toMatchObject({ department: "command_center", stage: "accepted", district: 310101 });
    expect(await dispatchCase({ caseId, round: 0, excludeWorkerIds: [] }, app.pipeline)).toEqual({ outcome: "left_to_desk" });
    expect(await stageOf(caseId)).toBe("accepted");
  });

  it("accepts a report without description and shows its category's name", async () => {
    const { caseId } = await report("silent", { category: "streetlight_out", location: { lat: 31.2304, lng: 121.4737 } });
    expect(await findCaseSummary(app.database.db, caseId)).toMatchObject({ description: "路灯损坏" });
  });
});
