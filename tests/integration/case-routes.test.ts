import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { workers } from "@/lib/city/shanghai";
import type { CaseDetail } from "@/lib/contracts/case-detail";
import { caseIdForEvent } from "@/lib/domain/ids";
import { pollUntil } from "../support/poll";
import { createScratchDatabase, type ScratchDatabase } from "../support/scratch-database";
import { postEvent, sampleReport } from "../support/sample-events";
import { deleteRedisPrefix } from "../support/redis-cleanup";
import { testRedisUrl, uniquePrefix } from "../support/services";
import { signInCookie } from "../support/session-client";
import { spawnServer, type RunningServer } from "../support/spawn-server";

/** The closed loop over HTTP, as the consoles use it: sessions, scope, masking, versions. */
describe("case routes", () => {
  const prefix = uniquePrefix("routes");
  let database: ScratchDatabase;
  let server: RunningServer;
  const cookies: Record<string, string> = {};
  // Dispatched to W0001 (the demo user "worker") and only read by the tests.
  let caseId: string;

  const get = (path: string, who?: string) => fetch(`${server.baseUrl}${path}`, { headers: who ? { cookie: cookies[who]! } : {} });
  const act = (who: string, id: string, body: unknown) =>
    fetch(`${server.baseUrl}/api/cases/${id}/actions`, {
      method: "POST",
      headers: { cookie: cookies[who]!, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  const detail = async (id: string) => ((await (await get(`/api/cases/${id}`, "dispatcher")).json()) as Partial<CaseDetail>).case;

  /** Reports where `workerId` stands, so auto-dispatch gives it to them, and waits for the dispatch. */
  async function reportAt(workerId: string, overrides: Parameters<typeof sampleReport>[0] = {}): Promise<string> {
    const worker = workers.find((w) => w.id === workerId)!;
    const response = await postEvent(server.baseUrl, sampleReport({ description: `${prefix} 垃圾`, location: { lat: worker.lat, lng: worker.lng }, ...overrides }));
    const id = caseIdForEvent((await response.json()).eventId);
    await pollUntil(async () => (await detail(id))?.stage, (stage) => stage === "dispatched");
    return id;
  }

  beforeAll(async () => {
    database = await createScratchDatabase();
    server = await spawnServer({ REDIS_URL: testRedisUrl, REDIS_PREFIX: prefix, DATABASE_URL: database.url, SEED_DEMO_CITY: "1" });
    for (const who of ["dispatcher", "leader", "worker", "worker2", "police", "resident"]) cookies[who] = await signInCookie(server.baseUrl, who);
    caseId = await reportAt("W0001", { reporter: { name: "王女士", phone: "13912345678" } });
  });

  afterAll(async () => {
    await server?.stop();
    await deleteRedisPrefix(prefix);
    await database?.drop();
  });

  it("shows the full history to the desk, with the reporter's number, and masks it for a leader", async () => {
    const desk = (await (await get(`/api/cases/${caseId}`, "dispatcher")).json()) as CaseDetail;
    expect(desk.case.assigneeId).toBe("W0001");
    expect(desk.history.map((h) => h.action)).toEqual(["report", "accept", "dispatch"]);
    expect(desk.reporter).toEqual({ name: "王女士", phone: "13912345678" });
    const leader = (await (await get(`/api/cases/${caseId}`, "leader")).json()) as CaseDetail;
    expect(leader.reporter?.phone).toBe("139****5678");
  });

  it("keeps a case out of other scopes: another department, a resident who did not report it, no session", async () => {
    expect((await get(`/api/cases/${caseId}`, "police")).status).toBe(403);
    expect((await get(`/api/cases/${caseId}`, "resident")).status).toBe(403);
    expect((await get(`/api/cases/${caseId}`)).status).toBe(401);
  });

  it("lets the assigned worker sign for the task, then answers a stale version with 409, a move outside the rules with 403 and a bad body with the field", async () => {
    const task = await reportAt("W0001");
    expect(await detail(task)).toMatchObject({ assigneeId: "W0001", version: 2 });
    const signed = await act("worker", task, { action: "sign_for", expectedVersion: 2 });
    expect(signed.status).toBe(200);
    expect((await signed.json()).case).toMatchObject({ stage: "in_progress", version: 3 });

    const stale = await act("dispatcher", task, { action: "cancel", reason: "重复", expectedVersion: 2 });
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ error: { code: "version_conflict" }, current: { version: 3, stage: "in_progress" } });

    const wrongStage = await act("worker", task, { action: "rate", rating: "satisfied", expectedVersion: 3 });
    expect(wrongStage.status).toBe(403);
    const badBody = await act("worker", task, { action: "fly", expectedVersion: 0 });
    expect(badBody.status).toBe(400);
    expect((await badBody.json()).error.fields.map((f: { path: string }) => f.path).sort()).toEqual(["action", "expectedVersion"]);
  });

  it("serves the hotline KPIs to leaders only, per department", async () => {
    // A transport case, the only one of its department here, signed for at once by W0002 (the demo user "worker2").
    const streetlight = await reportAt("W0002", { category: "streetlight_out", description: `${prefix} 路灯` });
    expect(await detail(streetlight)).toMatchObject({ assigneeId: "W0002", department: "transport" });
    expect((await act("worker2", streetlight, { action: "sign_for", expectedVersion: 2 })).status).toBe(200);

    const from = new Date(Date.now() - 3_600_000).toISOString();
    const to = new Date(Date.now() + 3_600_000).toISOString();
    const ok = await get(`/api/kpi/hotline?from=${from}&to=${to}&groupBy=department`, "leader");
    expect(ok.status).toBe(200);
    const body = (await ok.json()) as { rows: { group: string }[] };
    expect(new Set(body.rows.map((r) => r.group)).size).toBe(body.rows.length);
    expect(body.rows.filter((r) => r.group === "transport")).toEqual([expect.objectContaining({ group: "transport", cases: 1, onTimeSignForRate: 1 })]);
    expect((await get(`/api/kpi/hotline?from=${from}&to=${to}`, "resident")).status).toBe(403);
    const bad = await get(`/api/kpi/hotline?from=yesterday&to=${to}`, "leader");
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.fields[0].path).toBe("query.from");
  });
});
