import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, demoUsers } from "@/lib/city/shanghai/demo-users";
import { listCasePhotos } from "@/lib/db/repositories/photos.repository";
import { seedDemoUsers } from "@/lib/db/seed-demo-users";
import type { Actor } from "@/lib/domain/cases/case-rules";
import { eventIdForKey } from "@/lib/domain/ids";
import { sensorAlarmKey } from "@/lib/domain/sensors/sensor-alarm";
import { loadPhoto } from "@/lib/pipeline/load-photo";
import { recordEvent } from "@/lib/pipeline/record-event";
import { storePhoto } from "@/lib/pipeline/store-photo";
import type { AppContext } from "@/lib/runtime/app-context";
import { PhotoStore } from "@/lib/storage/photo-store";
import { startInProcessApp, type InProcessApp } from "../support/in-process-app";
import { sampleReport } from "../support/sample-events";
import { uniquePrefix } from "../support/services";

const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGNQuvwOAAL+AeSGuPZQAAAAAElFTkSuQmCC", "base64");
const alice = "user-resident";
const bob = "user-resident2";
const dispatcher: Actor = { role: "dispatcher", id: "user-dispatcher" };
const minutes = (n: number) => n * 60_000;

/** A report's photos come from its own reporter, around the time it was sent; nobody else adds to it. */
describe("photos uploaded for a report", () => {
  const prefix = uniquePrefix("report-photos");
  const uploadDir = mkdtempSync(path.join(tmpdir(), "tonglan-report-photos-"));
  const t0 = new Date("2026-07-25T02:00:00Z");
  let running: InProcessApp;
  let app: AppContext;
  let store: PhotoStore;

  /** Intake of a report as the queue hands it on: a person's when `reporterId` is set, a sensor's otherwise. */
  async function reported(key: string, reporterId: string | null, receivedAt: Date) {
    const report = sampleReport({ description: key, ...(reporterId === null && { channel: "sensor" as const, reporter: undefined }) });
    const job = { eventId: eventIdForKey(key), idempotencyKey: key, receivedAt: receivedAt.toISOString(), report, ...(reporterId && { reporterId }) };
    return (await recordEvent(job, app.pipeline)).caseId;
  }

  const upload = (uploadedBy: string, eventKey: string, at: Date) =>
    storePhoto({ db: app.database.db, store, clock: () => at }, { bytes: png, uploadedBy, eventKey, maxBytes: 1 << 20 });

  async function uploaded(uploadedBy: string, eventKey: string, at: Date) {
    const outcome = await upload(uploadedBy, eventKey, at);
    if (!outcome.ok) throw new Error(`photo refused: ${outcome.code}`);
    return outcome.photo.id;
  }

  const photosOf = async (caseId: string) => (await listCasePhotos(app.database.db, caseId)).map((p) => p.id);

  beforeAll(async () => {
    running = await startInProcessApp(prefix, { env: { UPLOAD_DIR: uploadDir } });
    app = running.app;
    store = new PhotoStore(uploadDir);
    await seedDemoUsers(app.database.db, demoUsers.filter((u) => [alice, bob].includes(u.id)), DEMO_PASSWORD);
  });

  afterAll(async () => {
    await running?.stop();
    rmSync(uploadDir, { recursive: true, force: true });
  });

  it("refuses another user's photo for a stored report, which shows none of theirs", async () => {
    const key = `${prefix}-stored`;
    const caseId = await reported(key, alice, t0);
    const own = await uploaded(alice, key, new Date(t0.getTime() + minutes(1)));
    const intruder = await upload(bob, key, new Date(t0.getTime() + minutes(1)));
    expect(intruder).toMatchObject({ ok: false, status: 403, code: "not_your_report" });
    expect(await photosOf(caseId)).toEqual([own]);
  });

  it("keeps a photo sent ahead under someone else's key out of their report", async () => {
    const key = `${prefix}-guessed`;
    const intruder = await uploaded(bob, key, t0);
    const own = await uploaded(alice, key, new Date(t0.getTime() + minutes(1)));
    const caseId = await reported(key, alice, new Date(t0.getTime() + minutes(2)));
    expect(await photosOf(caseId)).toEqual([own]);
    // Nor does it reach the people who may see the case through it.
    expect(await loadPhoto({ db: app.database.db, store }, intruder, dispatcher)).toEqual({ ok: false, status: 403 });
    expect((await loadPhoto({ db: app.database.db, store }, own, dispatcher)).ok).toBe(true);
  });

  it("joins the reporter's photos taken before and after the report within the window, and no others", async () => {
    const key = `${prefix}-window`;
    const tooEarly = await uploaded(alice, key, new Date(t0.getTime() - minutes(31)));
    const before = await uploaded(alice, key, new Date(t0.getTime() - minutes(29)));
    const caseId = await reported(key, alice, t0);
    const after = await uploaded(alice, key, new Date(t0.getTime() + minutes(29)));
    const late = await upload(alice, key, new Date(t0.getTime() + minutes(31)));
    expect(late).toMatchObject({ ok: false, status: 403, code: "report_photo_window_closed" });
    const photos = await photosOf(caseId);
    expect(photos.sort()).toEqual([before, after].sort());
    expect(photos).not.toContain(tooEarly);
  });

  it("lets nobody add photos to a sensor's report, stored or still to come", async () => {
    const storedKey = sensorAlarmKey("WM-0001", t0);
    const caseId = await reported(storedKey, null, t0);
    expect(await upload(alice, storedKey, new Date(t0.getTime() + minutes(1)))).toMatchObject({ ok: false, status: 403, code: "not_your_report" });
    const futureKey = sensorAlarmKey("WM-0001", new Date(t0.getTime() + minutes(10)));
    expect(await upload(alice, futureKey, t0)).toMatchObject({ ok: false, status: 403, code: "not_your_report" });
    expect(await photosOf(caseId)).toEqual([]);
  });

  it("keeps a report's photos out of an anonymous report whatever its key", async () => {
    const key = `${prefix}-anonymous`;
    const caseId = await reported(key, `anonymous:${eventIdForKey(key)}`, t0);
    expect(await upload(alice, key, t0)).toMatchObject({ ok: false, status: 403, code: "not_your_report" });
    expect(await photosOf(caseId)).toEqual([]);
  });
});
