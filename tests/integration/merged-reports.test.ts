import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { workers } from "@/lib/city/shanghai";
import { DEMO_PASSWORD, demoUsers } from "@/lib/city/shanghai/demo-users";
import type { EventReport } from "@/lib/contracts/event-report";
import type { ResidentNotification } from "@/lib/contracts/notification";
import { seedDemoUsers } from "@/lib/db/seed-demo-users";
import type { Actor } from "@/lib/domain/cases/case-rules";
import { eventIdForKey } from "@/lib/domain/ids";
import { hashTrackingToken, trackingToken } from "@/lib/domain/tracking/tracking-token";
import { applyCaseAction, type CaseActionInput } from "@/lib/pipeline/apply-case-action";
import { dispatchCase } from "@/lib/pipeline/dispatch-case";
import { loadCaseDetail } from "@/lib/pipeline/load-case-detail";
import { loadTrackedPhoto } from "@/lib/pipeline/load-tracked-photo";
import { loadTracking } from "@/lib/pipeline/load-tracking";
import { deliverNotifications } from "@/lib/pipeline/send-notifications";
import { recordEvent } from "@/lib/pipeline/record-event";
import { storePhoto } from "@/lib/pipeline/store-photo";
import type { AppContext } from "@/lib/runtime/app-context";
import { PhotoStore } from "@/lib/storage/photo-store";
import { startInProcessApp, type InProcessApp } from "../support/in-process-app";
import { sampleReport } from "../support/sample-events";
import { uniquePrefix } from "../support/services";

const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGNQuvwOAAL+AeSGuPZQAAAAAElFTkSuQmCC", "base64");
const dispatcher: Actor = { role: "dispatcher", id: "user-dispatcher" };
const leader: Actor = { role: "leader", id: "user-leader" };
// The demo user "worker" (W0001): reports are made where W0001 stands, so auto-dispatch gives them the kept case.
const worker: Actor = { role: "grid_worker", id: "user-worker", workerId: "W0001" };
const w1 = workers.find((w) => w.id === "W0001")!;
// 1.5 km west of W0001: cases that need no particular worker are reported here, so that W0001 keeps
// a slot for each merged pair (max load 3).
const w4 = workers.find((w) => w.id === "W0004")!;

/** 合并: the kept case lists every report riding on it, and the duplicate's reporter follows the kept case. */
describe("a duplicate merged into the case that is kept", () => {
  const prefix = uniquePrefix("merged");
  const uploadDir = mkdtempSync(path.join(tmpdir(), "tonglan-merged-"));
  let running: InProcessApp;
  let app: AppContext;
  const kept = { id: "", token: "" };
  const duplicate = { id: "", token: "" };
  let stepsBeforeTheFix: ResidentNotification[] = [];

  /** Intake as the HTTP route does it, with the reporter's tracking link, then auto-dispatch. */
  async function reported(key: string, reporterId: string | null, overrides: Partial<EventReport>) {
    const eventId = eventIdForKey(key);
    const token = reporterId ? trackingToken(app.trackingSecret, key, reporterId) : "";
    const report = sampleReport({ description: key, ...overrides });
    const reporter = reporterId ? { reporterId, trackingTokenHash: hashTrackingToken(token) } : {};
    const job = { eventId, idempotencyKey: key, receivedAt: new Date().toISOString(), report, ...reporter };
    const { caseId } = await recordEvent(job, app.pipeline);
    const dispatched = await dispatchCase({ caseId, round: 0, excludeWorkerIds: [] }, app.pipeline);
    if (dispatched.outcome !== "assigned") throw new Error(`not dispatched: ${dispatched.outcome}`);
    return { caseId, token, workerId: dispatched.workerId };
  }

  async function act(caseId: string, actor: Actor, input: Omit<CaseActionInput, "expectedVersion">) {
    const detail = await loadCaseDetail(app.pipeline, caseId, dispatcher);
    if (!detail.ok) throw new Error(`no case ${caseId}`);
    const outcome = await applyCaseAction(app.pipeline, caseId, { ...input, expectedVersion: detail.detail.case.version } as CaseActionInput, actor);
    if (!outcome.ok) throw new Error(`${input.action}: ${outcome.status} ${outcome.message}`);
    return outcome.case;
  }

  const detailFor = async (viewer: Actor) => {
    const outcome = await loadCaseDetail(app.pipeline, kept.id, viewer);
    if (!outcome.ok) throw new Error(`case detail: ${outcome.status}`);
    return outcome.detail;
  };
  const tracking = async (token: string) => (await loadTracking(app.pipeline, token))!;

  /** Sends the notifications asked for since the last call, as the notify worker does, to a notifier that records them. */
  async function deliverAskedFor(): Promise<ResidentNotification[]> {
    const jobs = await app.queues.notify.getJobs(["waiting", "delayed", "prioritized"]);
    await app.queues.notify.drain(true);
    const sent: ResidentNotification[] = [];
    await deliverNotifications(
      jobs.flatMap((job) => job.data.requests),
      {
        db: app.database.db,
        notifier: { send: async (notification) => void sent.push(notification) },
        trackingSecret: app.trackingSecret,
        retryAlone: () => Promise.reject(new Error("nothing should fail")),
      },
    );
    return sent.sort((a, b) => a.at.localeCompare(b.at));
  }

  /**
   * A resident's report given to W0001 and an anonymous hotline report 22 m away merged into it, and the
   * notifications asked for up to the merge, sent.
   */
  async function mergedPair(label: string) {
    const first = await reported(`${prefix}-${label}-first`, "user-resident", { reporter: { name: "王女士", phone: "13912345678" }, location: { lat: w1.lat, lng: w1.lng } });
    if (first.workerId !== worker.workerId) throw new Error(`the kept case went to ${first.workerId}, not W0001`);
    const secondKey = `${prefix}-${label}-second`;
    const second = await reported(secondKey, `anonymous:${eventIdForKey(secondKey)}`, {
      channel: "hotline",
      reporter: { phone: "13687654321" },
      location: { lat: w1.lat + 0.0002, lng: w1.lng },
    });
    await act(second.caseId, dispatcher, { action: "merge", mergeInto: first.caseId, reason: "重复上报" });
    const told = await deliverAskedFor();
    return { kept: { id: first.caseId, token: first.token }, duplicate: { id: second.caseId, token: second.token }, told };
  }

  beforeAll(async () => {
    running = await startInProcessApp(prefix, { env: { UPLOAD_DIR: uploadDir } });
    app = running.app;
    // Photos name their uploader, a user: the worker's account must exist.
    await seedDemoUsers(app.database.db, demoUsers.filter((u) => u.username === "worker"), DEMO_PASSWORD);
    const pair = await mergedPair("fixture");
    Object.assign(kept, pair.kept);
    Object.assign(duplicate, pair.duplicate);
    stepsBeforeTheFix = pair.told;
  });

  afterAll(async () => {
    await running?.stop();
    rmSync(uploadDir, { recursive: true, force: true });
  });

  it("lists both reports on the kept case, oldest first, with channel, time, reporter and words", async () => {
    const detail = await detailFor(dispatcher);
    const own = await loadCaseDetail(app.pipeline, duplicate.id, dispatcher);
    if (!own.ok) throw new Error("no duplicate");
    expect(detail.reports).toEqual([
      {
        caseId: kept.id,
        caseCode: detail.case.code,
        channel: "resident_app",
        at: expect.any(String),
        reporter: { name: "王女士", phone: "13912345678" },
        description: `${prefix}-fixture-first`,
        address: null,
      },
      {
        caseId: duplicate.id,
        caseCode: own.detail.case.code,
        channel: "hotline",
        at: expect.any(String),
        reporter: { name: null, phone: "13687654321" },
        description: `${prefix}-fixture-second`,
        address: null,
      },
    ]);
    expect(Date.parse(detail.reports[0]!.at)).toBeLessThanOrEqual(Date.parse(detail.reports[1]!.at));
    // The duplicate's own detail still shows just its own report.
    expect(own.detail.reports.map((r) => r.caseId)).toEqual([duplicate.id]);
  });

  it("masks the merged reporters' numbers as the case's own: in full for the assigned worker, masked for a leader", async () => {
    expect((await detailFor(worker)).reports.map((r) => r.reporter?.phone)).toEqual(["13912345678", "13687654321"]);
    expect((await detailFor(leader)).reports.map((r) => r.reporter?.phone)).toEqual(["139****5678", "136****4321"]);
    const resident: Actor = { role: "resident", id: "user-resident" };
    expect((await detailFor(resident)).reports.map((r) => r.caseId)).toEqual([kept.id]);
  });

  it("lets the duplicate's reporter follow the kept case to its fix, result and photo, without rating it", async () => {
    // A pair of its own: the fixture pair stays as merged, for the other tests.
    const { kept, duplicate } = await mergedPair("followed");
    const merged = await tracking(duplicate.token);
    expect(merged.case.stage).toBe("dispatched");
    expect(merged.feed.map((f) => f.key)).toEqual(["received", "accepted", "dispatched", "merged"]);

    await act(kept.id, worker, { action: "sign_for" });
    await act(kept.id, worker, { action: "arrive" });
    const store = new PhotoStore(uploadDir);
    const photo = await storePhoto({ db: app.database.db, store, clock: () => new Date() }, { bytes: png, uploadedBy: worker.id, eventKey: null, maxBytes: 1 << 20 });
    if (!photo.ok) throw new Error("photo refused");
    await act(kept.id, worker, { action: "resolve", result: "已清运", photoIds: [photo.photo.id] });

    const following = await tracking(duplicate.token);
    expect(following).toMatchObject({ case: { stage: "resolved" }, result: "已清运", canRate: false, rating: null });
    expect(following.feed.map((f) => f.key)).toEqual(["received", "accepted", "dispatched", "merged", "signed_for", "arrived", "resolved"]);
    expect(following.photos.after).toEqual([`/api/track/${duplicate.token}/photos/${photo.photo.id}`]);
    const served = await loadTrackedPhoto({ db: app.database.db, store }, duplicate.token, photo.photo.id);
    expect(served.ok && Buffer.from(served.bytes).equals(png)).toBe(true);
    expect(await tracking(kept.token)).toMatchObject({ case: { stage: "resolved" }, canRate: true });

    // The kept case's reporter rates it; the duplicate's reporter sees the case move on, not their rating.
    await act(kept.id, { role: "resident", id: "user-resident" }, { action: "rate", rating: "satisfied" });
    const rated = await tracking(duplicate.token);
    expect(rated.case.stage).toBe("rated");
    expect(rated.feed.map((f) => f.key)).not.toContain("rated");
    expect(rated.rating).toBeNull();

    // Each reporter is told what their tracking page shows: the duplicate's, through its own link, the kept case's steps after the merge.
    const told = await deliverAskedFor();
    const toKept = told.filter((n) => n.caseId === kept.id);
    const toDuplicate = told.filter((n) => n.caseId === duplicate.id);
    expect(toKept.map((n) => n.notice)).toEqual(["signed_for", "arrived", "resolved", "rated"]);
    expect(toDuplicate.map((n) => n.notice)).toEqual(["signed_for", "arrived", "resolved"]);
    expect(toDuplicate.every((n) => n.trackingUrl === `/track/${duplicate.token}`)).toBe(true);
    expect(new Set(told.map((n) => n.id)).size).toBe(told.length);
  });

  it("told the duplicate's reporter of its own steps up to the merge, and nothing of the kept case's before it", () => {
    expect(stepsBeforeTheFix.filter((n) => n.caseId === duplicate.id).map((n) => n.notice)).toEqual(["received", "accepted", "dispatched", "merged"]);
    expect(stepsBeforeTheFix.filter((n) => n.caseId === kept.id).map((n) => n.notice)).toEqual(["received", "accepted", "dispatched"]);
  });

  it("tells a resident whose report was merged into a sensor's case of that case's steps, the sensor being nobody to tell", async () => {
    await deliverAskedFor();
    const gauge = await reported(`${prefix}-gauge`, null, { channel: "sensor", location: { lat: w4.lat + 0.001, lng: w4.lng } });
    const resident = await reported(`${prefix}-flooded`, "user-resident", { location: { lat: w4.lat + 0.0011, lng: w4.lng } });
    await act(resident.caseId, dispatcher, { action: "merge", mergeInto: gauge.caseId, reason: "同一积水点" });
    expect((await deliverAskedFor()).filter((n) => n.caseId === gauge.caseId)).toEqual([]);

    await act(gauge.caseId, { role: "grid_worker", id: "user-gauge-worker", workerId: gauge.workerId }, { action: "sign_for" });
    const told = await deliverAskedFor();
    expect(told.map((n) => [n.caseId, n.notice])).toEqual([[resident.caseId, "signed_for"]]);
    expect(told[0]!.trackingUrl).toBe(`/track/${resident.token}`);
  });

  it("tells a report merged into a case that was merged on in turn of the steps of the case that carries both", async () => {
    const near = { lat: w4.lat - 0.001, lng: w4.lng };
    const first = await reported(`${prefix}-chain-first`, "user-resident", { location: near });
    const second = await reported(`${prefix}-chain-second`, `anonymous:${eventIdForKey(`${prefix}-chain-second`)}`, { channel: "hotline", location: near });
    const last = await reported(`${prefix}-chain-last`, "user-resident", { location: near });
    await act(second.caseId, dispatcher, { action: "merge", mergeInto: first.caseId, reason: "重复上报" });
    await act(first.caseId, dispatcher, { action: "merge", mergeInto: last.caseId, reason: "重复上报" });
    await deliverAskedFor();

    await act(last.caseId, { role: "grid_worker", id: "user-chain-worker", workerId: last.workerId }, { action: "sign_for" });
    const told = await deliverAskedFor();
    expect(told.map((n) => n.caseId).sort()).toEqual([first.caseId, second.caseId, last.caseId].sort());
    expect(told.every((n) => n.notice === "signed_for")).toBe(true);
  });
});
