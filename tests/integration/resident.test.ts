import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { workers } from "@/lib/city/shanghai";
import type { EventAccepted } from "@/lib/contracts/event-report";
import type { ResidentNotification } from "@/lib/contracts/notification";
import type { TrackingView } from "@/lib/contracts/tracking";
import { caseIdForEvent } from "@/lib/domain/ids";
import { pollUntil } from "../support/poll";
import { postEvent, sampleReport } from "../support/sample-events";
import { createScratchDatabase, type ScratchDatabase } from "../support/scratch-database";
import type { ScreenSocket } from "../support/screen-client";
import { deleteRedisPrefix } from "../support/redis-cleanup";
import { testRedisUrl, uniquePrefix } from "../support/services";
import { connectWithCookie, signInCookie } from "../support/session-client";
import { spawnServer, type RunningServer } from "../support/spawn-server";
import { startWebhookReceiver } from "../support/webhook-receiver";

const publicBase = "https://city.example";
const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");

/** The resident's closed loop over HTTP: report, private link, feed, rating, notifications. */
describe("resident reports and tracking", () => {
  const prefix = uniquePrefix("resident");
  const uploadDir = mkdtempSync(path.join(tmpdir(), "tonglan-resident-"));
  let database: ScratchDatabase;
  let server: RunningServer;
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
  let residentSocket: ScreenSocket;
  const pushed: ResidentNotification[] = [];
  const cookies: Record<string, string> = {};
  const w1 = workers.find((w) => w.id === "W0001")!;
  // Each test reports under idempotency keys of its own.
  const keyPrefix = `resident-${randomBytes(6).toString("hex")}`;

  const track = async (url: string) => fetch(`${server.baseUrl}/api${url}`);
  // Null until intake has stored the case: the link answers 404 before that.
  const viewOf = async (url: string) => {
    const response = await track(url);
    return response.status === 200 ? ((await response.json()) as TrackingView) : null;
  };
  const feedKeys = async (url: string) => (await viewOf(url))?.feed.map((f) => f.key) ?? [];
  const rate = (url: string, body: unknown) =>
    fetch(`${server.baseUrl}/api${url}/rating`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  const act = async (who: string, caseId: string, body: Record<string, unknown>) => {
    const response = await fetch(`${server.baseUrl}/api/cases/${caseId}/actions`, {
      method: "POST",
      headers: { cookie: cookies[who]!, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    expect(response.status, await response.clone().text()).toBe(200);
    return (await response.json()) as { case: { version: number } };
  };
  const upload = async (who: string, eventKey?: string) => {
    const form = new FormData();
    form.set("photo", new Blob([png], { type: "image/png" }), "photo.png");
    if (eventKey) form.set("eventKey", eventKey);
    const response = await fetch(`${server.baseUrl}/api/uploads`, { method: "POST", headers: { cookie: cookies[who]! }, body: form });
    expect(response.status).toBe(201);
    return ((await response.json()) as { id: string }).id;
  };
  /** The signed-in resident's report with a photo, once its link shows the case. */
  const residentReport = async (key: string, location = { lat: 31.2304, lng: 121.4737 }) => {
    const photoId = await upload("resident", key);
    const response = await postEvent(server.baseUrl, sampleReport({ description: `${prefix} 垃圾`, location }), { "idempotency-key": key, cookie: cookies.resident! });
    expect(response.status).toBe(202);
    const accepted = (await response.json()) as EventAccepted;
    const view = (await pollUntil(() => viewOf(accepted.trackingUrl), (v) => v !== null))!;
    return { accepted, photoId, view };
  };
  /** An anonymous report, once its link shows the case dispatched. */
  const anonymousReport = async (description: string) => {
    const accepted = (await (await postEvent(server.baseUrl, sampleReport({ description }))).json()) as EventAccepted;
    const view = (await pollUntil(() => viewOf(accepted.trackingUrl), (v) => v?.feed.some((f) => f.key === "dispatched") ?? false))!;
    return { accepted, view };
  };

  beforeAll(async () => {
    database = await createScratchDatabase();
    receiver = await startWebhookReceiver();
    server = await spawnServer({
      REDIS_URL: testRedisUrl,
      REDIS_PREFIX: prefix,
      DATABASE_URL: database.url,
      SEED_DEMO_CITY: "1",
      UPLOAD_DIR: uploadDir,
      NOTIFY_WEBHOOK_URL: receiver.url,
      PUBLIC_BASE_URL: publicBase,
    });
    for (const who of ["resident", "resident2", "worker", "dispatcher", "operator"]) cookies[who] = await signInCookie(server.baseUrl, who);
    ({ socket: residentSocket } = await connectWithCookie(server.baseUrl, cookies.resident));
    residentSocket.on("notification", (n) => pushed.push(n));
  });

  afterAll(async () => {
    residentSocket?.close();
    await server?.stop();
    await receiver?.close();
    await deleteRedisPrefix(prefix);
    await database?.drop();
    rmSync(uploadDir, { recursive: true, force: true });
  });

  it("answers a signed-in report with a private link, the same one on a retry, storing only its hash", async () => {
    const key = `${keyPrefix}-link`;
    const photoId = await upload("resident", key);
    const report = sampleReport({ description: `${prefix} 垃圾` });
    const first = await postEvent(server.baseUrl, report, { "idempotency-key": key, cookie: cookies.resident! });
    expect(first.status).toBe(202);
    const accepted = (await first.json()) as EventAccepted;
    expect(accepted.trackingUrl).toMatch(/^\/track\/[A-Za-z0-9_-]{43}$/);
    const retry = await postEvent(server.baseUrl, report, { "idempotency-key": key, cookie: cookies.resident! });
    expect(((await retry.json()) as EventAccepted).trackingUrl).toBe(accepted.trackingUrl);

    const token = accepted.trackingUrl.slice("/track/".length);
    const caseId = caseIdForEvent(accepted.eventId);
    const rows = await pollUntil(() => database.query<{ token_hash: string; reporter_id: string }>(
      "SELECT l.token_hash, c.reporter_id FROM tracking_links l JOIN cases c ON c.id = l.case_id WHERE l.case_id = $1", [caseId]), (r) => r.length > 0);
    expect(rows).toEqual([{ token_hash: createHash("sha256").update(token).digest("hex"), reporter_id: "user-resident" }]);
    const current = (await pollUntil(() => viewOf(accepted.trackingUrl), (v) => v !== null))!;
    expect(current.photos.reported).toEqual([`/api${accepted.trackingUrl}/photos/${photoId}`]);
    const photo = await fetch(`${server.baseUrl}${current.photos.reported[0]}`);
    expect(photo.headers.get("content-type")).toBe("image/png");
    expect(Buffer.from(await photo.arrayBuffer()).equals(png)).toBe(true);
  });

  it("refuses another resident's photo for the report, which keeps only its reporter's", async () => {
    const key = `${keyPrefix}-intruded`;
    const { accepted } = await residentReport(key);
    const form = new FormData();
    form.set("photo", new Blob([png], { type: "image/png" }), "photo.png");
    form.set("eventKey", key);
    const intruder = await fetch(`${server.baseUrl}/api/uploads`, { method: "POST", headers: { cookie: cookies.resident2! }, body: form });
    expect(intruder.status).toBe(403);
    expect(((await intruder.json()) as { error: { code: string } }).error.code).toBe("not_your_report");
    expect((await viewOf(accepted.trackingUrl))!.photos.reported).toHaveLength(1);
  });

  it("follows the case in the reporter's words without the worker, reopens it on 不满意, and tells the webhook and the reporter's socket every step", async () => {
    // Reported where W0001 (the demo user "worker") stands, so auto-dispatch gives it to them.
    const { accepted, view: reported } = await residentReport(`${keyPrefix}-loop`, { lat: w1.lat, lng: w1.lng });
    const url = accepted.trackingUrl;
    const caseCode = reported.case.code;
    const caseId = caseIdForEvent(accepted.eventId);

    // The feed as the case moves.
    await pollUntil(() => feedKeys(url), (keys) => keys.includes("dispatched"));
    let { version } = (await viewOf(url))!.case;
    version = (await act("worker", caseId, { action: "sign_for", expectedVersion: version })).case.version;
    version = (await act("worker", caseId, { action: "arrive", expectedVersion: version })).case.version;
    const afterId = await upload("worker");
    await act("worker", caseId, { action: "resolve", result: "已清运完毕", photoIds: [afterId], expectedVersion: version });

    const resolved = (await viewOf(url))!;
    expect(resolved.feed.map((f) => f.key)).toEqual(["received", "accepted", "dispatched", "signed_for", "arrived", "resolved"]);
    expect(resolved.feed.at(-1)!.message).toEqual({ zh: "已处理完毕，请评价", en: "Handled: please rate the result" });
    expect(resolved).toMatchObject({ canRate: true, result: "已清运完毕", case: { stage: "resolved", code: caseCode } });
    expect(resolved.photos.after).toEqual([`/api${url}/photos/${afterId}`]);
    expect(JSON.stringify(resolved)).not.toMatch(new RegExp(`W0001|${w1.phone}|${w1.name}|user-resident`));

    // The rating: a stale version is refused, 不满意 reopens the case with a fresh dispatch.
    version = resolved.case.version;
    const stale = await rate(url, { rating: "satisfied", expectedVersion: version - 1 });
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ error: { code: "version_conflict" }, current: { version, stage: "resolved" } });

    const rated = await rate(url, { rating: "unsatisfied", expectedVersion: version });
    expect(rated.status).toBe(200);
    const after = (await rated.json()) as TrackingView;
    expect(after.rating).toBe("unsatisfied");
    expect(after.feed.at(-1)).toMatchObject({ key: "reopened", message: { zh: "您的评价：不满意。已重新办理" } });
    const [row] = await database.query<{ reopen_count: number }>("SELECT reopen_count FROM cases WHERE code = $1", [caseCode]);
    expect(row!.reopen_count).toBe(1);
    await pollUntil(() => feedKeys(url), (keys) => keys.filter((k) => k === "dispatched").length === 2);

    // Every step went to the webhook, whole link included, and to the reporter's socket room.
    const mine = () => receiver.deliveries.filter((d) => d.body.caseCode === caseCode && d.status < 300).map((d) => d.body);
    await pollUntil(async () => mine().map((b) => b.notice), (n) => n.includes("reopened") && n.filter((k) => k === "dispatched").length === 2);
    const byNotice = new Map(mine().map((b) => [b.notice, b]));
    expect([...byNotice.keys()].sort()).toEqual(["accepted", "arrived", "dispatched", "received", "reopened", "resolved", "signed_for"]);
    expect(byNotice.get("arrived")).toEqual({
      id: expect.stringMatching(/^notify-/),
      caseCode,
      stage: "in_progress",
      notice: "arrived",
      message: { zh: "网格员已到场", en: "The grid worker is on site" },
      at: expect.any(String),
      trackingUrl: `${publicBase}${url}`,
    });
    const delivery = receiver.deliveries.find((d) => d.body.notice === "arrived" && d.body.caseCode === caseCode)!;
    expect(delivery.headers["idempotency-key"]).toBe(delivery.body.id);
    await pollUntil(async () => pushed.filter((n) => n.caseCode === caseCode).map((n) => n.notice), (n) => n.includes("reopened"));
    // The socket hears only of cases this resident reported (other tests report as them too).
    const reportedHere = (await database.query<{ code: string }>("SELECT code FROM cases WHERE reporter_id = 'user-resident'")).map((r) => r.code);
    expect(pushed.every((n) => reportedHere.includes(n.caseCode))).toBe(true);
  });

  it("answers 404 to a link that opens nothing", async () => {
    const { accepted } = await anonymousReport(`${prefix} 无照片`);
    const unknown = `/track/${randomBytes(32).toString("base64url")}`;
    expect((await track(unknown)).status).toBe(404);
    expect((await track("/track/short")).status).toBe(404);
    expect((await rate(unknown, { rating: "satisfied", expectedVersion: 1 })).status).toBe(404);
    expect((await fetch(`${server.baseUrl}${unknown}`)).status).toBe(404);
    expect((await fetch(`${server.baseUrl}/api${accepted.trackingUrl}/photos/${randomBytes(16).toString("hex")}`)).status).toBe(404);
  });

  it("gives an anonymous report its own link, retries a failing webhook, and dead-letters one that refuses", async () => {
    receiver.answer((body, attempt) => (body.notice === "cancelled" ? 410 : body.notice === "received" && attempt === 1 ? 503 : 204));
    try {
      const { accepted: anonymous, view: dispatched } = await anonymousReport(`${prefix} 匿名`);
      const caseId = caseIdForEvent(anonymous.eventId);
      const { code, version } = dispatched.case;
      const [row] = await database.query<{ reporter_id: string; code: string }>("SELECT reporter_id, code FROM cases WHERE id = $1", [caseId]);
      expect(row).toEqual({ reporter_id: `anonymous:${anonymous.eventId}`, code });

      const received = () => receiver.deliveries.filter((d) => d.body.caseCode === code && d.body.notice === "received");
      await pollUntil(async () => received().map((d) => d.status), (s) => s.includes(204));
      expect(received().map((d) => [d.attempt, d.status])).toEqual([[1, 503], [2, 204]]);
      // Asked for together with "received": only the failed one was queued again, this one was sent once.
      expect(receiver.deliveries.filter((d) => d.body.caseCode === code && d.body.notice === "accepted").map((d) => d.status)).toEqual([204]);

      await act("dispatcher", caseId, { action: "cancel", reason: "重复反映", expectedVersion: version });
      type DeadLetter = { queue: string; data: { requests?: { caseId: string }[] } };
      const deadLetters = async () => ((await (await fetch(`${server.baseUrl}/api/dead-letters`, { headers: { cookie: cookies.operator! } })).json()) as { jobs: DeadLetter[] }).jobs;
      const aboutThisCase = (j: DeadLetter) => j.queue === "notify" && (j.data.requests ?? []).some((r) => r.caseId === caseId);
      const dead = await pollUntil(deadLetters, (jobs) => jobs.some(aboutThisCase));
      expect(dead.filter(aboutThisCase)).toHaveLength(1);
      expect(receiver.deliveries.filter((d) => d.body.caseCode === code && d.body.notice === "cancelled")).toHaveLength(1);
      expect(pushed.some((n) => n.caseCode === code)).toBe(false);
    } finally {
      receiver.answer(() => 204);
    }
  });
});
