import { Queue } from "bullmq";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { workers } from "@/lib/city/shanghai";
import type { CaseDetail } from "@/lib/contracts/case-detail";
import type { CaseList } from "@/lib/contracts/case-query";
import type { CaseSummary } from "@/lib/contracts/case-summary";
import type { Delta } from "@/lib/contracts/delta";
import type { DuplicatesResponse } from "@/lib/contracts/duplicates";
import type { EventReport } from "@/lib/contracts/event-report";
import { openStages } from "@/lib/contracts/stage";
import type { WorkerSuggestions } from "@/lib/contracts/worker-suggestion";
import { caseIdForEvent } from "@/lib/domain/ids";
import type { CheckSlaJobs } from "@/lib/queue/job-payloads";
import { bullPrefix } from "@/lib/queue/queues";
import { pollUntil } from "../support/poll";
import { createScratchDatabase, type ScratchDatabase } from "../support/scratch-database";
import { postEvent, sampleReport } from "../support/sample-events";
import type { ScreenSocket } from "../support/screen-client";
import { waitForDelta } from "../support/screen-client";
import { deleteRedisPrefix } from "../support/redis-cleanup";
import { testRedisUrl, uniquePrefix } from "../support/services";
import { connectWithCookie, signInCookie } from "../support/session-client";
import { spawnServer, type RunningServer } from "../support/spawn-server";

/** The dispatcher console's API on the real server: queue filters and scope, suggestions, reassign, dispatch, merge. */
describe("dispatch console routes", () => {
  const prefix = uniquePrefix("desk");
  let database: ScratchDatabase;
  let server: RunningServer;
  let screen: { socket: ScreenSocket; deltas: Delta[] };
  const cookies: Record<string, string> = {};
  const w1 = workers.find((w) => w.id === "W0001")!;
  // Fixtures only read by the tests: two garbage reports 60 m apart where W0001 stands, a waterlogging
  // report for the water department, and one far out at sea, where no worker is near enough for
  // auto-dispatch. A test that changes a case reports its own.
  const ids = { first: "", second: "", water: "", offshore: "" };
  const fixtureIds = () => [ids.offshore, ids.water, ids.second, ids.first];
  /** The fixtures among a list's cases, in the list's order; cases other tests reported are left out. */
  const fixturesIn = (list: CaseList) => list.cases.map((c) => c.id).filter((id) => fixtureIds().includes(id));
  const atSea = (lng: number) => ({ lat: 31.0, lng });

  const get = (path: string, who?: string) => fetch(`${server.baseUrl}${path}`, { headers: who ? { cookie: cookies[who]! } : {} });
  const getJson = async <T>(path: string, who: string) => (await (await get(path, who)).json()) as T;
  const act = (caseId: string, who: string, body: unknown) =>
    fetch(`${server.baseUrl}/api/cases/${caseId}/actions`, {
      method: "POST",
      headers: { cookie: cookies[who]!, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  const detail = (caseId: string) => getJson<CaseDetail>(`/api/cases/${caseId}`, "dispatcher");
  const load = async (workerId: string) => (await database.query<{ load: number }>("SELECT load FROM workers WHERE id = $1", [workerId]))[0]!.load;

  async function report(overrides: Partial<EventReport>, awaitStage: CaseSummary["stage"]): Promise<string> {
    const response = await postEvent(server.baseUrl, sampleReport({ description: `${prefix} ${overrides.category ?? "垃圾"}`, ...overrides }));
    const caseId = caseIdForEvent((await response.json()).eventId);
    await pollUntil(
      async () => ((await (await get(`/api/cases/${caseId}`, "dispatcher")).json()) as Partial<CaseDetail>).case?.stage,
      (stage) => stage === awaitStage,
    );
    return caseId;
  }

  beforeAll(async () => {
    database = await createScratchDatabase();
    server = await spawnServer({ REDIS_URL: testRedisUrl, REDIS_PREFIX: prefix, DATABASE_URL: database.url, SEED_DEMO_CITY: "1" });
    for (const who of ["dispatcher", "operator", "leader", "water", "worker"]) cookies[who] = await signInCookie(server.baseUrl, who);
    screen = await connectWithCookie(server.baseUrl, cookies.dispatcher);
    ids.first = await report({ location: { lat: w1.lat, lng: w1.lng } }, "dispatched");
    ids.second = await report({ channel: "hotline", location: { lat: w1.lat + 0.00054, lng: w1.lng } }, "dispatched");
    ids.water = await report({ category: "road_waterlogging", location: { lat: 31.2455, lng: 121.4905 } }, "dispatched");
    ids.offshore = await report({ location: atSea(122.6) }, "accepted");
  });

  afterAll(async () => {
    screen?.socket.close();
    await server?.stop();
    await deleteRedisPrefix(prefix);
    await database?.drop();
  });

  it("lists the queue newest first and filters by stage, category, department and district", async () => {
    const open = await getJson<CaseList>("/api/cases?stage=open", "dispatcher");
    expect(fixturesIn(open)).toEqual([ids.offshore, ids.water, ids.second, ids.first]);
    expect(open.cases.every((c) => (openStages as readonly string[]).includes(c.stage))).toBe(true);
    const waiting = await getJson<CaseList>("/api/cases?stage=accepted,reopened", "dispatcher");
    expect(fixturesIn(waiting)).toEqual([ids.offshore]);
    expect(waiting.cases.every((c) => c.stage === "accepted" || c.stage === "reopened")).toBe(true);
    const garbage = await getJson<CaseList>("/api/cases?category=garbage_pileup&stage=dispatched", "dispatcher");
    expect(fixturesIn(garbage)).toEqual([ids.second, ids.first]);
    expect(garbage.cases.every((c) => c.category === "garbage_pileup" && c.stage === "dispatched")).toBe(true);
    const water = await getJson<CaseList>("/api/cases?department=water", "operator");
    expect(fixturesIn(water)).toEqual([ids.water]);
    expect(water.cases.every((c) => c.department === "water")).toBe(true);
    const district = (await detail(ids.first)).case.district!;
    const inDistrict = await getJson<CaseList>(`/api/cases?district=${district}&category=garbage_pileup`, "leader");
    expect(fixturesIn(inDistrict)).toEqual([ids.second, ids.first]);
    expect(inDistrict.cases.every((c) => c.district === district && c.category === "garbage_pileup")).toBe(true);
  });

  it("filters the queue to overdue cases", async () => {
    const late = await report({ location: atSea(122.58) }, "accepted");
    const overdueIds = async () => {
      const list = await getJson<CaseList>("/api/cases?overdue=true", "dispatcher");
      expect(list.cases.every((c) => c.overdue)).toBe(true);
      return list.cases.map((c) => c.id);
    };
    expect(await overdueIds()).not.toContain(late);
    await database.query("UPDATE cases SET overdue_since = now() WHERE id = $1", [late]);
    expect(await overdueIds()).toContain(late);
  });

  it("pages with a keyset cursor: no case twice, none left out", async () => {
    const seen: string[] = [];
    let before: string | null = null;
    do {
      const query: string = before ? `&before=${encodeURIComponent(before)}` : "";
      const page: CaseList = await getJson<CaseList>(`/api/cases?limit=3${query}`, "dispatcher");
      seen.push(...page.cases.map((c) => c.id));
      before = page.nextBefore;
    } while (before);
    const whole = await getJson<CaseList>("/api/cases?limit=200", "dispatcher");
    expect(whole.nextBefore).toBeNull();
    expect(seen).toEqual(whole.cases.map((c) => c.id));
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.filter((id) => fixtureIds().includes(id))).toEqual([ids.offshore, ids.water, ids.second, ids.first]);
  });

  it("keeps department staff to their own department, refuses other roles and names a bad filter", async () => {
    const water = await getJson<CaseList>("/api/cases?department=greening_sanitation", "water");
    expect(fixturesIn(water)).toEqual([ids.water]);
    expect(water.cases.every((c) => c.department === "water")).toBe(true);
    expect((await get("/api/cases", "worker")).status).toBe(403);
    expect((await get("/api/cases")).status).toBe(401);
    const bad = await get("/api/cases?stage=flying&limit=0", "dispatcher");
    expect(bad.status).toBe(400);
    const fields = ((await bad.json()) as { error: { fields: { path: string }[] } }).error.fields.map((f) => f.path).sort();
    expect(fields).toEqual(["query.limit", "query.stage"]);
  });

  it("suggests workers for a case as auto-dispatch ranks them, leaving out the one who holds it", async () => {
    const suggestions = await getJson<WorkerSuggestions>(`/api/cases/${ids.first}/candidates`, "dispatcher");
    expect(suggestions.currentAssigneeId).toBe("W0001");
    expect(suggestions.suggestions.map((s) => s.workerId)).not.toContain("W0001");
    expect(suggestions.suggestions.length).toBeGreaterThan(1);
    expect(suggestions.candidatesConsidered).toBeGreaterThan(suggestions.suggestions.length);
    const travel = suggestions.suggestions.map((s) => s.travelMeters);
    expect(suggestions.suggestions[0]).toMatchObject({ name: expect.any(String), load: expect.any(Number), maxLoad: expect.any(Number) });
    expect(travel[0]!).toBeLessThanOrEqual(travel.at(-1)! + 300);
    expect((await get(`/api/cases/${ids.first}/candidates`, "operator")).status).toBe(403);
    expect((await get(`/api/cases/not-a-case/candidates`, "dispatcher")).status).toBe(400);
    expect((await get(`/api/cases/00000000-0000-4000-8000-000000000000/candidates`, "dispatcher")).status).toBe(404);
  });

  it("reassigns to the chosen worker: loads move, history records who and why, screens hear of the case and both workers", async () => {
    const task = await report({ location: { lat: w1.lat, lng: w1.lng } }, "dispatched");
    const before = (await detail(task)).case;
    expect(before.assigneeId).toBe("W0001");
    const suggestion = (await getJson<WorkerSuggestions>(`/api/cases/${task}/candidates`, "dispatcher")).suggestions[0]!;
    const chosen = suggestion.workerId;
    const [oldLoad, newLoad] = [await load("W0001"), await load(chosen)];
    const mark = screen.deltas.length;
    // The phone of W0001, who is about to lose the task.
    const formerPhone = await connectWithCookie(server.baseUrl, cookies.worker);

    const noReason = await act(task, "dispatcher", { action: "reassign", workerId: chosen, expectedVersion: before.version });
    expect(noReason.status).toBe(422);
    const operator = await act(task, "operator", { action: "reassign", workerId: chosen, reason: "就近", expectedVersion: before.version });
    expect(operator.status).toBe(403);

    const moved = await act(task, "dispatcher", { action: "reassign", workerId: chosen, reason: "原处置人请假", expectedVersion: before.version });
    expect(moved.status).toBe(200);
    const after = ((await moved.json()) as { case: CaseSummary }).case;
    expect(after).toMatchObject({ stage: "dispatched", assigneeId: chosen, version: before.version + 1 });
    expect(Date.parse(after.dispatchedAt!)).toBeGreaterThan(Date.parse(before.dispatchedAt!));
    expect([await load("W0001"), await load(chosen)]).toEqual([oldLoad - 1, newLoad + 1]);

    const last = (await detail(task)).history.at(-1)!;
    expect(last).toMatchObject({
      actor: "dispatcher:user-dispatcher",
      actorName: "周敏",
      action: "reassign",
      fromStage: "dispatched",
      toStage: "dispatched",
      detail: { workerId: chosen, fromWorkerId: "W0001", reason: "原处置人请假", travelMeters: suggestion.travelMeters },
    });
    const since = () => screen.deltas.slice(mark);
    await waitForDelta(screen.socket, since(), (d) => d.kind === "case" && d.case.id === task && d.case.assigneeId === chosen);
    for (const [workerId, expected] of [["W0001", oldLoad - 1], [chosen, newLoad + 1]] as const) {
      await waitForDelta(screen.socket, since(), (d) => d.kind === "worker" && d.worker.id === workerId && d.worker.load === expected);
    }
    try {
      const told = await waitForDelta(formerPhone.socket, formerPhone.deltas, (d) => d.kind === "case" && d.case.id === task);
      expect(told).toMatchObject({ kind: "case", formerAssigneeId: "W0001", case: { assigneeId: chosen, version: after.version } });
    } finally {
      formerPhone.socket.close();
    }
    const [assignment] = await database.query<{ n: number }>("SELECT count(*)::int AS n FROM assignments WHERE case_id = $1 AND worker_id = $2", [task, chosen]);
    expect(assignment!.n).toBe(1);

    // The new worker's sign-for clock is running: a delayed check at its deadline.
    const redis = new Redis(testRedisUrl);
    const sla = new Queue<CheckSlaJobs>("sla", { connection: redis, prefix: bullPrefix(prefix) });
    const clocks = (await sla.getDelayed()).flatMap((job) => job.data.checks);
    await sla.close();
    redis.disconnect();
    expect(clocks).toContainEqual({ caseId: task, clock: "sign_for", startedAt: after.dispatchedAt, assigneeId: chosen });
  });

  it("answers a stale version with 409, and a full worker with worker_unavailable, changing nothing", async () => {
    const current = (await detail(ids.first)).case;
    const stale = await act(ids.first, "dispatcher", { action: "reassign", workerId: "W0002", reason: "再改", expectedVersion: current.version - 1 });
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ error: { code: "version_conflict" }, current: { version: current.version, stage: "dispatched" } });

    const heldLoad = await load("W0002");
    await database.query("UPDATE workers SET load = max_load WHERE id = 'W0002'");
    try {
      const full = await act(ids.first, "dispatcher", { action: "reassign", workerId: "W0002", reason: "再改", expectedVersion: current.version });
      expect(full.status).toBe(409);
      expect(((await full.json()) as { error: { code: string } }).error.code).toBe("worker_unavailable");
      expect((await detail(ids.first)).case).toMatchObject({ version: current.version, assigneeId: current.assigneeId });
    } finally {
      await database.query("UPDATE workers SET load = $1 WHERE id = 'W0002'", [heldLoad]);
    }
  });

  it("dispatches a case waiting in the pool to the worker the dispatcher names", async () => {
    const pooled = await report({ location: atSea(122.59) }, "accepted");
    const waiting = (await detail(pooled)).case;
    const unnamed = await act(pooled, "dispatcher", { action: "dispatch", expectedVersion: waiting.version });
    expect(unnamed.status).toBe(422);
    const loadBefore = await load("W0003");
    const sent = await act(pooled, "dispatcher", { action: "dispatch", workerId: "W0003", expectedVersion: waiting.version });
    expect(sent.status).toBe(200);
    expect(((await sent.json()) as { case: CaseSummary }).case).toMatchObject({ stage: "dispatched", assigneeId: "W0003" });
    expect(await load("W0003")).toBe(loadBefore + 1);
  });

  it("suggests the duplicate across channels and merges the later report into the earlier one", async () => {
    // A pair of its own, 1.5 km from W0001's fixtures: beyond the duplicate window of 200 m.
    const w4 = workers.find((w) => w.id === "W0004")!;
    const earlier = await report({ location: { lat: w4.lat, lng: w4.lng } }, "dispatched");
    const later = await report({ channel: "hotline", location: { lat: w4.lat + 0.00054, lng: w4.lng } }, "dispatched");
    const found = await getJson<DuplicatesResponse>(`/api/cases/${later}/duplicates`, "dispatcher");
    expect(found.duplicates.map((d) => d.case.id)).toEqual([earlier]);
    expect(found.duplicates[0]).toMatchObject({ merge: { sourceId: later, targetId: earlier } });
    expect(found.duplicates[0]!.meters).toBeGreaterThan(40);
    expect(found.duplicates[0]!.meters).toBeLessThan(80);
    expect((await getJson<DuplicatesResponse>(`/api/cases/${ids.water}/duplicates`, "dispatcher")).duplicates).toEqual([]);

    const source = (await detail(later)).case;
    const target = (await detail(earlier)).case;
    const heldLoad = await load(source.assigneeId!);
    const merged = await act(later, "dispatcher", { action: "merge", mergeInto: earlier, reason: "重复上报", expectedVersion: source.version });
    expect(merged.status).toBe(200);
    expect(((await merged.json()) as { case: CaseSummary }).case.stage).toBe("merged");
    expect(await load(source.assigneeId!)).toBe(heldLoad - 1);
    const [row] = await database.query<{ merged_into: string }>("SELECT merged_into FROM cases WHERE id = $1", [later]);
    expect(row!.merged_into).toBe(earlier);

    const kept = await detail(earlier);
    expect(kept.case.version).toBe(target.version + 1);
    expect(kept.history.at(-1)).toMatchObject({ action: "merge_in", detail: { mergedCase: later, mergedCode: source.code } });
    expect(kept.reports.map((r) => [r.caseCode, r.channel])).toEqual([[target.code, "resident_app"], [source.code, "hotline"]]);
    expect((await detail(later)).history.at(-1)).toMatchObject({ action: "merge", toStage: "merged", detail: { mergeInto: earlier } });
    await waitForDelta(screen.socket, screen.deltas, (d) => d.kind === "case" && d.case.id === earlier && d.case.version === kept.case.version);
    expect((await getJson<DuplicatesResponse>(`/api/cases/${earlier}/duplicates`, "dispatcher")).duplicates).toEqual([]);

    const again = await act(later, "dispatcher", { action: "merge", mergeInto: earlier, expectedVersion: source.version + 1 });
    expect(again.status).toBe(422);
  });
});
