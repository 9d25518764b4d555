import { Queue } from "bullmq";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CaseSummary } from "@/lib/contracts/case-summary";
import type { Snapshot } from "@/lib/contracts/snapshot";
import type { CatchUpResponse } from "@/lib/contracts/socket-events";
import { eventIdForKey } from "@/lib/domain/ids";
import { bullPrefix } from "@/lib/queue/queues";
import type { ScratchDatabase } from "../support/scratch-database";
import { spawnServerOn, type ServerOnStorage } from "../support/server-on-storage";
import { connectScreen, waitForDelta, type ScreenSocket } from "../support/screen-client";
import { postEvent, sampleReport } from "../support/sample-events";
import { testRedisUrl, uniquePrefix } from "../support/services";
import { signInCookie } from "../support/session-client";
import type { RunningServer } from "../support/spawn-server";
import type { Delta } from "@/lib/contracts/delta";

const dispatchedCase = (description: string) => (d: Delta) =>
  d.kind === "case" && d.case.description === description && d.case.stage === "dispatched";

async function snapshotCases(baseUrl: string, description: string): Promise<CaseSummary[]> {
  const snapshot = (await (await fetch(`${baseUrl}/api/snapshot`)).json()) as Snapshot;
  return snapshot.cases.filter((c) => c.description === description);
}

describe.each(["postgres", "pglite"] as const)("intake → dispatch → screen on %s", (kind) => {
  const prefix = uniquePrefix(`pipe-${kind}`);
  let database: ScratchDatabase | undefined;
  let running: ServerOnStorage | undefined;
  let server: RunningServer;
  let screen: { socket: ScreenSocket; deltas: Delta[] };
  let redis: Redis;
  let intake: Queue;
  const unfinishedIntakeJobs = () => intake.getJobCounts("waiting", "active", "delayed").then((c) => c.waiting! + c.active! + c.delayed!);

  beforeAll(async () => {
    running = await spawnServerOn(kind, { REDIS_URL: testRedisUrl, REDIS_PREFIX: prefix, SEED_DEMO_CITY: "1" });
    ({ server, database } = running);
    screen = await connectScreen(server.baseUrl);
    redis = new Redis(testRedisUrl, { maxRetriesPerRequest: null });
    intake = new Queue("intake", { connection: redis, prefix: bullPrefix(prefix) });
  });

  afterAll(async () => {
    screen?.socket.close();
    await intake?.obliterate({ force: true }).catch(() => undefined);
    await intake?.close();
    redis?.disconnect();
    await running?.stop();
  });

  it("stores a posted event as a case, dispatches it and pushes the assignment to a screen", async () => {
    const description = `垃圾堆积 ${prefix} first`;
    const response = await postEvent(server.baseUrl, sampleReport({ description }));
    expect(response.status).toBe(202);
    const accepted = await response.json();
    expect(accepted).toMatchObject({ status: "queued" });

    const delta = await waitForDelta(screen.socket, screen.deltas, dispatchedCase(description));
    if (delta.kind !== "case") throw new Error("expected a case delta");
    expect(delta.case.assigneeId).toMatch(/^W\d{4}$/);
    expect(delta.case.district).toBe(310101);

    if (database) {
      const [row] = await database.query<{ stage: string; assignee_id: string }>(
        "SELECT c.stage, c.assignee_id FROM cases c JOIN events e ON e.case_id = c.id WHERE e.id = $1",
        [accepted.eventId],
      );
      expect(row).toEqual({ stage: "dispatched", assignee_id: delta.case.assigneeId });
      const history = await database.query<{ to_stage: string }>(
        "SELECT to_stage FROM case_history WHERE case_id = $1 ORDER BY id",
        [delta.case.id],
      );
      expect(history.map((h) => h.to_stage)).toEqual(["reported", "accepted", "dispatched"]);
      const [assignment] = await database.query<{ worker_id: string; reason: { candidatesConsidered: number } }>(
        "SELECT worker_id, reason FROM assignments WHERE case_id = $1",
        [delta.case.id],
      );
      expect(assignment?.worker_id).toBe(delta.case.assigneeId);
      expect(assignment?.reason.candidatesConsidered).toBeGreaterThan(0);
    } else {
      expect(await snapshotCases(server.baseUrl, description)).toHaveLength(1);
    }
  });

  it("makes one case of a report retried with the same idempotency key", async () => {
    const description = `垃圾堆积 ${prefix} retried`;
    const key = `${prefix}-retry-0001`;
    const posts = await Promise.all(
      [0, 1, 2].map(() => postEvent(server.baseUrl, sampleReport({ description }), { "Idempotency-Key": key })),
    );
    const bodies = await Promise.all(posts.map((p) => p.json()));
    expect(posts.map((p) => p.status)).toEqual([202, 202, 202]);
    expect(new Set(bodies.map((b) => b.eventId)).size).toBe(1);

    await waitForDelta(screen.socket, screen.deltas, dispatchedCase(description));
    // A late retry after the case exists, with the key in the body instead of the header.
    const late = await postEvent(server.baseUrl, sampleReport({ description, id: key }));
    expect((await late.json()).eventId).toBe(bodies[0].eventId);
    await intake.waitUntilReady();
    await expect.poll(unfinishedIntakeJobs).toBe(0);

    expect(await snapshotCases(server.baseUrl, description)).toHaveLength(1);
    if (database) {
      const rows = await database.query("SELECT id FROM events WHERE idempotency_key = $1", [key]);
      expect(rows).toHaveLength(1);
    }
  });

  it("answers a bad body with 400 naming the fields, and queues nothing", async () => {
    // Jobs other tests queued settle first, so that any change in the counts is this test's.
    await intake.waitUntilReady();
    await expect.poll(unfinishedIntakeJobs).toBe(0);
    const before = await intake.getJobCounts();
    const response = await postEvent(server.baseUrl, { channel: "fax", category: "garbage_pileup", description: 7, location: { lat: 200, lng: 121 } });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe("invalid_body");
    expect(body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual(["channel", "description", "location.lat"]);

    const unknown = await postEvent(server.baseUrl, sampleReport({ category: "no_such_category" }));
    expect(unknown.status).toBe(400);
    expect((await unknown.json()).error.fields[0].path).toBe("category");

    const notJson = await postEvent(server.baseUrl, "{not json");
    expect(notJson.status).toBe(400);

    const huge = await postEvent(server.baseUrl, sampleReport({ description: "很".repeat(70_000) }));
    expect(huge.status).toBe(413);

    const badKey = await fetch(`${server.baseUrl}/api/events`, {
      method: "POST",
      headers: { "content-type": "application/json", "idempotency-key": "short" },
      body: JSON.stringify(sampleReport()),
    });
    expect(badKey.status).toBe(400);
    expect((await badKey.json()).error.fields[0].path).toBe("Idempotency-Key");

    const get = await fetch(`${server.baseUrl}/api/events`);
    expect(get.status).toBe(405);
    expect(get.headers.get("allow")).toBe("POST");

    expect(await intake.getJobCounts()).toEqual(before);
  });

  it("lets a screen catch up on every delta it missed, in order", async () => {
    const description = `垃圾堆积 ${prefix} caught-up`;
    expect((await postEvent(server.baseUrl, sampleReport({ description }))).status).toBe(202);
    const live = await waitForDelta(screen.socket, screen.deltas, dispatchedCase(description));
    if (live.kind !== "case") throw new Error("expected a case delta");

    const response = await new Promise<CatchUpResponse>((resolve) => screen.socket.emit("catch-up", { afterSeq: 0 }, resolve));
    if (!response.ok) throw new Error(`catch-up refused: ${JSON.stringify(response)}`);
    expect(response.deltas.map((d) => d.seq)).toEqual(response.deltas.map((_, i) => i + 1));
    expect(response.deltas).toContainEqual(live);
    expect(response.deltas).toContainEqual(expect.objectContaining({ kind: "worker", worker: expect.objectContaining({ id: live.case.assigneeId }) }));
    const invalid = await new Promise<CatchUpResponse>((resolve) => screen.socket.emit("catch-up", { afterSeq: -5 }, resolve));
    expect(invalid).toMatchObject({ ok: false });
  });

  it("moves a poisoned job to the dead-letter queue that operators can list", async () => {
    await intake.add("take-in-events", { events: [{ eventId: "not-a-uuid", report: "garbage" }] }, { jobId: `${prefix}-poison` });
    const cookie = await signInCookie(server.baseUrl, "operator");
    type Listed = { queue: string; jobId: string; failedReason: string };
    const listed = async () => ((await (await fetch(`${server.baseUrl}/api/dead-letters`, { headers: { cookie } })).json()).jobs as Listed[]).filter((j) => j.jobId === `${prefix}-poison`);
    await expect
      .poll(listed, { timeout: 10_000 })
      .toEqual([expect.objectContaining({ queue: "intake", jobId: `${prefix}-poison`, failedReason: expect.stringContaining("invalid") })]);
  });

  it("splits a failing job of several events, so a poisoned event is dead-lettered alone and the others become cases", async () => {
    const description = `路灯损坏 ${prefix} job-mate`;
    const event = (key: string, report: ReturnType<typeof sampleReport>) => ({
      eventId: eventIdForKey(key),
      idempotencyKey: key,
      receivedAt: new Date().toISOString(),
      report,
    });
    const good = event(`${prefix}-good-mate`, sampleReport({ description }));
    const poisoned = event(`${prefix}-bad-mate`, sampleReport({ category: "no_such_category" }));
    await intake.add("take-in-events", { events: [good, poisoned] }, { jobId: `${prefix}-mates` });

    await waitForDelta(screen.socket, screen.deltas, dispatchedCase(description));
    const cookie = await signInCookie(server.baseUrl, "operator");
    const deadLetters = async () => (await (await fetch(`${server.baseUrl}/api/dead-letters`, { headers: { cookie } })).json()).jobs;
    await expect
      .poll(deadLetters, { timeout: 10_000 })
      .toContainEqual(expect.objectContaining({ queue: "intake", failedReason: expect.stringContaining("no_such_category"), data: { events: [poisoned] } }));
    expect(JSON.stringify(await deadLetters())).not.toContain(good.idempotencyKey);
  });
});
