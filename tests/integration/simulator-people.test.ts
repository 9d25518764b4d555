import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { catalogue, workers } from "@/lib/city/shanghai";
import { DEMO_PASSWORD } from "@/lib/city/shanghai/demo-users";
import { simulatedDepartmentUsernames, simulatedDispatcherUsername, simulatedWorkerUsernames } from "@/lib/city/shanghai/simulated-users";
import type { CaseDetail, EventReport, Snapshot, SummonView } from "@/lib/contracts";
import { caseIdForEvent } from "@/lib/domain/ids";
import { metersBetween } from "@/scripts/simulator/model/local-meters";
import { createSeededRandom } from "@/scripts/simulator/model/seeded-random";
import { startWalk } from "@/scripts/simulator/model/worker-walk";
import { createHttpClient, type HttpClient } from "@/scripts/simulator/http-client";
import { createOutcomeLog } from "@/scripts/simulator/outcome-log";
import { startPeople, type People } from "@/scripts/simulator/people";
import { createSessions } from "@/scripts/simulator/sessions";
import { pollUntil } from "../support/poll";
import { deleteRedisPrefix } from "../support/redis-cleanup";
import { createScratchDatabase, type ScratchDatabase } from "../support/scratch-database";
import { testRedisUrl, uniquePrefix } from "../support/services";
import { signInCookie } from "../support/session-client";
import { spawnServer, type RunningServer } from "../support/spawn-server";

// One SLA minute lasts 200 ms on the server and for the simulated people: an hour of work in 12 s.
const MINUTE_MS = 200;
const worker = workers.find((w) => w.id === "W0150")!;
const category = catalogue.find((c) => c.summonDepartments.length === 0 && c.skills.every((s) => worker.skills.includes(s)))!;
// The server takes positions only from whoever holds it, as the demo's does.
const positionsToken = randomBytes(32).toString("base64url");
// About 400 m north-east of the worker's home grid.
const place = { lat: worker.lat + 0.0025, lng: worker.lng + 0.0025 };

/** The simulator's people drive a case through the closed loop on the real server, as the real clients would. */
describe("simulated people", () => {
  const prefix = uniquePrefix("sim-people");
  let database: ScratchDatabase;
  let server: RunningServer;
  let http: HttpClient;
  let people: People;
  let dispatcher: string;

  const report = async (key: string, overrides: Partial<EventReport>) => {
    const event: EventReport = {
      id: `${prefix}-${key}`,
      channel: "hotline",
      category: category.code,
      description: `${prefix} ${key}`,
      location: place,
      reporter: { phone: "13700001234" },
      ...overrides,
    };
    const answer = await http.post("/api/events", event);
    people.remember(event, answer);
    if (answer.kind !== "response" || answer.status !== 202) throw new Error(`event not accepted: ${JSON.stringify(answer)}`);
    return caseIdForEvent((JSON.parse(answer.body) as { eventId: string }).eventId);
  };
  const detail = async (caseId: string) =>
    (await (await fetch(`${server.baseUrl}/api/cases/${caseId}`, { headers: { cookie: dispatcher } })).json()) as Partial<CaseDetail>;
  const stageOf = async (caseId: string) => (await detail(caseId)).case?.stage;

  beforeAll(async () => {
    database = await createScratchDatabase();
    server = await spawnServer({
      REDIS_URL: testRedisUrl,
      REDIS_PREFIX: prefix,
      DATABASE_URL: database.url,
      SEED_DEMO_CITY: "1",
      SLA_MINUTE_MS: String(MINUTE_MS),
      POSITIONS_GATEWAY_TOKEN: positionsToken,
    });
    dispatcher = await signInCookie(server.baseUrl, "dispatcher");
    http = createHttpClient(server.baseUrl, 16);
    people = startPeople({
      http,
      sessions: createSessions(http, DEMO_PASSWORD),
      log: createOutcomeLog(),
      pace: { minuteMs: MINUTE_MS, lateShare: 0 },
      random: createSeededRandom("people"),
      categories: catalogue,
      walkers: startWalk(workers, createSeededRandom("walk")),
      workerAccounts: simulatedWorkerUsernames,
      desk: { dispatcher: simulatedDispatcherUsername, departments: simulatedDepartmentUsernames },
      watchEveryMs: 250,
      positionEveryMs: 200,
      positionsToken,
    });
  });

  afterAll(async () => {
    await people?.stop();
    http?.close();
    await server?.stop();
    await deleteRedisPrefix(prefix);
    await database?.drop();
  });

  it("a grid worker signs for a dispatched case, rides to it, arrives, resolves it, and the loop closes", async () => {
    const caseId = await report("loop", {});
    let nearest = Infinity;
    const watchWorker = async () => {
      const { case: current } = await detail(caseId);
      const snapshot = (await (await fetch(`${server.baseUrl}/api/snapshot`)).json()) as Snapshot;
      const holder = snapshot.workers.find((w) => w.id === current?.assigneeId);
      if (holder) nearest = Math.min(nearest, metersBetween(holder, place));
      return current?.stage;
    };
    await pollUntil(watchWorker, (stage) => ["resolved", "rated", "closed", "reopened"].includes(stage ?? ""), 45_000);

    const history = (await detail(caseId)).history ?? [];
    const steps = history.filter((h) => ["sign_for", "arrive", "resolve"].includes(h.action));
    expect(steps.map((h) => h.action)).toEqual(["sign_for", "arrive", "resolve"]);
    const actor = steps[0]!.actor;
    expect(actor).toMatch(/^grid_worker:user-sim-w\d{4}$/);
    expect(steps.every((h) => h.actor === actor)).toBe(true);
    expect(steps.at(-1)?.detail).toMatchObject({ result: expect.any(String) });
    // The worker's phone reported them on the spot before they said they had arrived, with the gateway token.
    expect(nearest).toBeLessThan(30);

    // The resident rates it (or never looks, and the desk closes it after a while); 不满意 reopens it.
    const final = await pollUntil(() => stageOf(caseId), (stage) => stage === "closed" || stage === "reopened", 45_000);
    const after = ((await detail(caseId)).history ?? []).map((h) => h.action);
    if (final === "closed") expect(after.at(-1)).toBe("close");
    else expect(after).toContain("rate");
  }, 100_000);

  it("a summoned department reports in before its deadline", async () => {
    const summoning = catalogue.find((c) => c.summonDepartments.length > 0)!;
    const caseId = await report("summons", { category: summoning.code, channel: "sensor", reporter: undefined });
    const summons = async () =>
      ((await (await fetch(`${server.baseUrl}/api/cases/${caseId}/summons`, { headers: { cookie: dispatcher } })).json()) as { summons?: SummonView[] }).summons ?? [];
    const [view] = await pollUntil(summons, (list) => list.length > 0 && list.every((s) => s.departments.every((d) => d.status !== "pending")), 45_000);
    expect(view!.departments.map((d) => d.status)).toEqual(summoning.summonDepartments.map(() => "acknowledged"));
    expect(view!.departments[0]!.acknowledgedBy).toMatch(/^department_staff:user-sim-/);
  }, 60_000);
});
