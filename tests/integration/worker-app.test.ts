import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { workers } from "@/lib/city/shanghai";
import type { CaseDetail } from "@/lib/contracts/case-detail";
import type { MyTasksResponse } from "@/lib/contracts/my-tasks";
import type { CasePhotosResponse, UploadedPhoto } from "@/lib/contracts/photo";
import { caseIdForEvent } from "@/lib/domain/ids";
import { pollUntil } from "../support/poll";
import { createScratchDatabase, type ScratchDatabase } from "../support/scratch-database";
import { postEvent, sampleReport } from "../support/sample-events";
import { deleteRedisPrefix } from "../support/redis-cleanup";
import { testRedisUrl, uniquePrefix } from "../support/services";
import { signInCookie } from "../support/session-client";
import { spawnServer, type RunningServer } from "../support/spawn-server";

const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGNQuvwOAAL+AeSGuPZQAAAAAElFTkSuQmCC", "base64");
const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9]);
const MAX_PHOTO_BYTES = 100_000;
const w1 = workers.find((w) => w.id === "W0001")!;
// W0001 is the nearest sanitation worker for 1 km around; B lies about 300 m east of A.
const atA = { lat: w1.lat, lng: w1.lng };
const atB = { lat: w1.lat, lng: w1.lng + 0.00315 };
const eastOfB = { lat: w1.lat, lng: w1.lng + 0.0063 };

/** The grid worker's phone API: photo uploads (checked, durable, scoped) and my tasks, nearest first. */
describe("worker app", () => {
  const prefix = uniquePrefix("worker-app");
  const uploadDir = mkdtempSync(path.join(tmpdir(), "tonglan-uploads-"));
  const env = () => ({
    REDIS_URL: testRedisUrl,
    REDIS_PREFIX: prefix,
    DATABASE_URL: database.url,
    SEED_DEMO_CITY: "1",
    UPLOAD_DIR: uploadDir,
    MAX_PHOTO_BYTES: String(MAX_PHOTO_BYTES),
  });
  let database: ScratchDatabase;
  let server: RunningServer;
  const cookies: Record<string, string> = {};
  const caseIds: Record<"a" | "b" | "water", string> = { a: "", b: "", water: "" };

  const get = (url: string, who?: string) => fetch(`${server.baseUrl}${url}`, { headers: who ? { cookie: cookies[who]! } : {} });
  const getJson = async <T>(url: string, who: string): Promise<T> => (await get(url, who)).json() as Promise<T>;
  const upload = (who: string, bytes: Uint8Array, type = "image/png", name = "photo.png", extra: Record<string, string> = {}) => {
    const form = new FormData();
    form.append("photo", new Blob([new Uint8Array(bytes)], { type }), name);
    for (const [key, value] of Object.entries(extra)) form.append(key, value);
    return fetch(`${server.baseUrl}/api/uploads`, { method: "POST", headers: { cookie: cookies[who]! }, body: form });
  };
  const uploaded = async (who: string, bytes: Uint8Array = png) => {
    const response = await upload(who, bytes);
    expect(response.status).toBe(201);
    return (await response.json()) as UploadedPhoto;
  };
  const act = async (who: string, caseId: string, body: Record<string, unknown>) => {
    const { case: current } = await getJson<CaseDetail>(`/api/cases/${caseId}`, "dispatcher");
    return fetch(`${server.baseUrl}/api/cases/${caseId}/actions`, {
      method: "POST",
      headers: { cookie: cookies[who]!, "content-type": "application/json" },
      body: JSON.stringify({ expectedVersion: current.version, ...body }),
    });
  };
  const report = async (key: string, overrides: Parameters<typeof sampleReport>[0]) => {
    const response = await postEvent(server.baseUrl, sampleReport({ description: `${prefix} ${key}`, ...overrides }), { "idempotency-key": `${prefix}-${key}` });
    return caseIdForEvent((await response.json()).eventId);
  };
  const stageOf = async (caseId: string) => (await getJson<Partial<CaseDetail>>(`/api/cases/${caseId}`, "dispatcher")).case?.stage;
  /** A garbage report of a test's own at A, given to W0001 (the demo user "worker"), who has a slot left beside A and B. */
  const dispatchedToW0001 = async (key: string) => {
    const caseId = await report(key, { location: atA });
    await pollUntil(() => stageOf(caseId), (stage) => stage === "dispatched");
    expect((await getJson<CaseDetail>(`/api/cases/${caseId}`, "dispatcher")).case.assigneeId).toBe("W0001");
    return caseId;
  };

  beforeAll(async () => {
    database = await createScratchDatabase();
    server = await spawnServer(env());
    for (const who of ["worker", "worker2", "dispatcher", "water", "resident"]) cookies[who] = await signInCookie(server.baseUrl, who);
    caseIds.a = await report("a", { location: atA });
    caseIds.b = await report("b", { location: atB, reporter: { name: "李先生", phone: "13812340000" } });
    caseIds.water = await report("water", { category: "road_waterlogging", location: atB });
    for (const id of Object.values(caseIds)) await pollUntil(() => stageOf(id), (stage) => stage === "dispatched");
  });

  afterAll(async () => {
    await server?.stop();
    await deleteRedisPrefix(prefix);
    await database?.drop();
    rmSync(uploadDir, { recursive: true, force: true });
  });

  it("lists a worker's tasks nearest first from the phone's position, else from their last known one", async () => {
    // W0001 holds A and B; a task another test gives them for a while is not looked at.
    const fixtureIds = (response: MyTasksResponse) => response.tasks.map((t) => t.case.id).filter((id) => id === caseIds.a || id === caseIds.b);
    const fromA = await getJson<MyTasksResponse>(`/api/my/tasks?lat=${atA.lat}&lng=${atA.lng}`, "worker");
    expect(fromA.scope).toBe("worker");
    expect(fromA.origin).toMatchObject({ source: "device" });
    expect(fixtureIds(fromA)).toEqual([caseIds.a, caseIds.b]);
    const [taskA, taskB] = [caseIds.a, caseIds.b].map((id) => fromA.tasks.find((t) => t.case.id === id)!);
    expect(taskA!.distanceM).toBe(0);
    expect(taskB!.distanceM).toBeGreaterThan(250);
    expect(taskB!.distanceM).toBeLessThan(350);
    expect(taskA).toMatchObject({ overdue: false, arrivedAt: null, deadline: { step: "sign_for" } });
    // garbage_pileup: 30 minutes to sign for, from dispatch.
    const dispatchedAt = Date.parse(taskA!.case.dispatchedAt!);
    expect(Date.parse(taskA!.deadline!.dueAt) - dispatchedAt).toBe(30 * 60_000);

    const fromEast = await getJson<MyTasksResponse>(`/api/my/tasks?lat=${eastOfB.lat}&lng=${eastOfB.lng}`, "worker");
    expect(fixtureIds(fromEast)).toEqual([caseIds.b, caseIds.a]);

    const lastKnown = await getJson<MyTasksResponse>("/api/my/tasks", "worker");
    // Redis GEO keeps positions to about a metre.
    expect(lastKnown.origin).toMatchObject({ source: "last_known", lat: expect.closeTo(w1.lat, 4), lng: expect.closeTo(w1.lng, 4) });
    expect(fixtureIds(lastKnown)).toEqual([caseIds.a, caseIds.b]);
  });

  it("lets a grid worker sign off, after which auto-dispatch passes them by", async () => {
    const duty = (who: string, body: unknown) =>
      fetch(`${server.baseUrl}/api/my/duty`, { method: "PUT", headers: { cookie: cookies[who]!, "content-type": "application/json" }, body: JSON.stringify(body) });
    expect((await duty("dispatcher", { onDuty: false })).status).toBe(403);
    expect((await duty("worker", { onDuty: "no" })).status).toBe(400);
    const off = await duty("worker", { onDuty: false });
    expect(off.status).toBe(200);
    expect(await off.json()).toMatchObject({ id: "W0001", onDuty: false });

    // W0001, the nearest, holds two cases of three.
    const caseId = await report("while-off", { location: atA });
    await pollUntil(() => stageOf(caseId), (stage) => stage === "dispatched");
    const { case: dispatched } = await getJson<CaseDetail>(`/api/cases/${caseId}`, "dispatcher");
    expect(dispatched.assigneeId).not.toBe("W0001");
    expect(await (await duty("worker", { onDuty: true })).json()).toMatchObject({ id: "W0001", onDuty: true });
  });

  it("opens /m for grid workers and department staff only, after signing in, with the reporter's number for the assignee", async () => {
    const page = (who?: string) => fetch(`${server.baseUrl}/m`, { redirect: "manual", headers: who ? { cookie: cookies[who]! } : {} });
    const anonymous = await page();
    expect(anonymous.status).toBe(307);
    expect(anonymous.headers.get("location")).toMatch(/\/sign-in\?next=%2Fm$/);
    expect((await page("dispatcher")).headers.get("location")).toMatch(/\/dispatch$/);
    expect((await page("worker")).status).toBe(200);
    expect((await page("water")).status).toBe(200);
    const detail = await getJson<CaseDetail>(`/api/cases/${caseIds.b}`, "worker");
    expect(detail.reporter).toEqual({ name: "李先生", phone: "13812340000" });
  });

  it("scopes the list: another worker sees none of them, department staff their department's cases, others nothing", async () => {
    const other = await getJson<MyTasksResponse>("/api/my/tasks", "worker2");
    expect(other.tasks.map((t) => t.case.id)).not.toContain(caseIds.a);
    expect(other.tasks.map((t) => t.case.id)).toContain(caseIds.water);
    const water = await getJson<MyTasksResponse>("/api/my/tasks", "water");
    expect(water).toMatchObject({ scope: "department", origin: null });
    expect(water.tasks.map((t) => t.case.id)).toEqual([caseIds.water]);
    expect((await get("/api/my/tasks", "resident")).status).toBe(403);
    expect((await get("/api/my/tasks")).status).toBe(401);
    const bad = await get("/api/my/tasks?lat=91&lng=121", "worker");
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.fields[0].path).toBe("query.lat");
  });

  it("accepts a real image and serves it back only to its uploader while it belongs to no case", async () => {
    const photo = await uploaded("worker");
    expect(photo).toMatchObject({ mime: "image/png", bytes: png.byteLength, url: `/api/uploads/${photo.id}` });
    const back = await get(photo.url, "worker");
    expect(back.status).toBe(200);
    expect(back.headers.get("content-type")).toBe("image/png");
    expect(back.headers.get("x-content-type-options")).toBe("nosniff");
    expect(Buffer.from(await back.arrayBuffer()).equals(png)).toBe(true);
    expect((await get(photo.url, "worker2")).status).toBe(403);
    expect((await get(photo.url)).status).toBe(401);
    expect((await get("/api/uploads/00000000-0000-4000-8000-000000000000", "worker")).status).toBe(404);
  });

  it("refuses a photo past MAX_PHOTO_BYTES with 413 and anything but JPEG, PNG or WebP with 415, whatever it claims", async () => {
    const big = new Uint8Array(MAX_PHOTO_BYTES + 1);
    big.set(png);
    const tooBig = await upload("worker", big);
    expect(tooBig.status).toBe(413);
    expect((await tooBig.json()).error.code).toBe("photo_too_large");
    const huge = await upload("worker", new Uint8Array(MAX_PHOTO_BYTES + 64 * 1024));
    expect(huge.status).toBe(413);

    const gif = await upload("worker", Buffer.from("GIF89a\x01\x00\x01\x00", "latin1"), "image/png", "photo.png");
    expect(gif.status).toBe(415);
    expect((await gif.json()).error.code).toBe("unsupported_photo_type");
    expect((await upload("worker", Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>"), "image/jpeg", "x.jpg")).status).toBe(415);

    const noFile = await fetch(`${server.baseUrl}/api/uploads`, { method: "POST", headers: { cookie: cookies.worker!, "content-type": "application/json" }, body: "{}" });
    expect(noFile.status).toBe(400);
    expect((await fetch(`${server.baseUrl}/api/uploads`, { method: "POST", body: new FormData() })).status).toBe(401);
  });

  it("signs for, arrives and resolves a task with before and after photos, shown to those who may see the case", async () => {
    const task = await dispatchedToW0001("resolved");
    const before = await uploaded("worker");
    expect((await act("worker", task, { action: "sign_for", photoIds: [before.id] })).status).toBe(200);
    expect((await act("worker", task, { action: "arrive" })).status).toBe(200);
    const arrived = await getJson<MyTasksResponse>("/api/my/tasks", "worker");
    expect(arrived.tasks.find((t) => t.case.id === task)).toMatchObject({ arrivedAt: expect.any(String), deadline: { step: "resolve" } });

    const after = await uploaded("worker", jpeg);
    const resolved = await act("worker", task, { action: "resolve", result: "已清运", photoIds: [after.id] });
    expect(resolved.status).toBe(200);
    expect((await resolved.json()).case.stage).toBe("resolved");

    const detail = await getJson<CaseDetail>(`/api/cases/${task}`, "dispatcher");
    expect(detail.history.find((h) => h.action === "resolve")?.detail).toEqual({ result: "已清运", photoIds: [after.id] });
    expect(detail.history.find((h) => h.action === "sign_for")?.detail).toEqual({ photoIds: [before.id] });
    const { photos } = await getJson<CasePhotosResponse>(`/api/uploads?caseId=${task}`, "dispatcher");
    expect(photos.map((p) => [p.id, p.kind])).toEqual([
      [before.id, "before"],
      [after.id, "after"],
    ]);
    const served = await get(after.url, "dispatcher");
    expect(served.headers.get("content-type")).toBe("image/jpeg");
    expect((await get(after.url, "worker2")).status).toBe(403);
    expect((await get(after.url, "water")).status).toBe(403);
    expect((await get(`/api/uploads?caseId=${task}`, "water")).status).toBe(403);

    const mine = await getJson<MyTasksResponse>("/api/my/tasks", "worker");
    expect(mine.tasks.map((t) => t.case.id)).not.toContain(task);
    expect(mine.tasks.map((t) => t.case.id)).toContain(caseIds.b);
  });

  it("refuses photos that are someone else's, already attached, or on an action that takes none", async () => {
    const signedFor = await dispatchedToW0001("photo-owner");
    const used = await uploaded("worker");
    expect((await act("worker", signedFor, { action: "sign_for", photoIds: [used.id] })).status).toBe(200);

    const reused = await act("worker", caseIds.b, { action: "sign_for", photoIds: [used.id] });
    expect(reused.status).toBe(422);
    expect((await reused.json()).error).toMatchObject({ code: "invalid_photos", message: expect.stringMatching(/already belongs/) });
    const theirs = await uploaded("worker2");
    expect((await act("worker", caseIds.b, { action: "sign_for", photoIds: [theirs.id] })).status).toBe(422);
    const mine = await uploaded("worker");
    expect((await act("dispatcher", caseIds.b, { action: "cancel", reason: "重复", photoIds: [mine.id] })).status).toBe(422);
    expect(await stageOf(caseIds.b)).toBe("dispatched");
    // Gives W0001's slot back for the other tests' tasks.
    expect((await act("dispatcher", signedFor, { action: "cancel", reason: "测试结束" })).status).toBe(200);
  });

  it("shows a patrol report's photo, uploaded for its event, to whoever may see the case it opened", async () => {
    const key = `${prefix}-patrol`;
    const photo = (await (await upload("worker", png, "image/png", "p.png", { eventKey: key })).json()) as UploadedPhoto;
    expect((await get(photo.url, "dispatcher")).status).toBe(403);
    const response = await postEvent(
      server.baseUrl,
      // A fallen tree: W0001 (no greening skill) is not given it, so their task list stays the other tests' own.
      sampleReport({ channel: "patrol", category: "fallen_tree", description: `${prefix} 巡查`, location: atB, photos: [`${server.baseUrl}${photo.url}`] }),
      // Sent from the worker's phone, signed in as the patrol form does: the photo joins only its uploader's report.
      { "idempotency-key": key, cookie: cookies.worker! },
    );
    const caseId = caseIdForEvent((await response.json()).eventId);
    await pollUntil(() => stageOf(caseId), (stage) => stage !== undefined);
    expect((await get(photo.url, "dispatcher")).status).toBe(200);
    const { photos } = await getJson<CasePhotosResponse>(`/api/uploads?caseId=${caseId}`, "dispatcher");
    expect(photos).toEqual([expect.objectContaining({ id: photo.id, kind: "report" })]);
  });

  it("keeps stored photos across a restart of the server", async () => {
    const photo = await uploaded("worker", jpeg);
    await server.stop();
    server = await spawnServer(env());
    const after = await get(photo.url, "worker");
    expect(after.status).toBe(200);
    expect(Buffer.from(await after.arrayBuffer()).equals(jpeg)).toBe(true);
  });
});
