import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CaseDetail } from "@/lib/contracts/case-detail";
import type { Delta } from "@/lib/contracts/delta";
import { riskActionResultSchema, riskCellActionsSchema, type RiskActionResult, type RiskCellActions } from "@/lib/contracts/risk-action";
import { createDatabase, type DatabaseHandle } from "@/lib/db/create-database";
import { insertRiskComputations } from "@/lib/db/repositories/risk.repository";
import { createScratchDatabase, type ScratchDatabase } from "../support/scratch-database";
import { deleteRedisPrefix } from "../support/redis-cleanup";
import { connectScreen, waitForDelta, type ScreenSocket } from "../support/screen-client";
import { testRedisUrl, uniquePrefix } from "../support/services";
import { signInCookie } from "../support/session-client";
import { spawnServer, type RunningServer } from "../support/spawn-server";

/**
 * Issue 15's risk-to-action loop over the product's own interfaces: a risk computation stored through the risk
 * repository, its point's suggestions, and one POST that opens a 防汛预置 case with the risk in its history and
 * sends the nearest pump en route, live to the screens; idempotent on the client key, 409 once the pump is taken.
 */
describe("from a risk point to action", () => {
  const prefix = uniquePrefix("risk-actions");
  let database: ScratchDatabase;
  let handle: DatabaseHandle;
  let server: RunningServer;
  let screen: { socket: ScreenSocket; deltas: Delta[] } | undefined;
  const cookies: Record<string, string> = {};
  let cell: string;
  const computedAt = new Date(Date.now() - 60_000);
  const reasons = [
    { kind: "rain" as const, expectedMm: 62, drainageMm: 36, ratio: 1.7 },
    { kind: "low_ground" as const, lowness: 0.6 },
  ];

  const url = (path: string) => `${server.baseUrl}${path}`;
  const actions = (who: string, target = cell) => fetch(url(`/api/risk/cells/${target}/actions?horizon=1h`), { headers: { cookie: cookies[who]! } });
  const post = (body: unknown, target = cell) =>
    fetch(url(`/api/risk/cells/${target}/actions`), { method: "POST", headers: { cookie: cookies.dispatcher!, "content-type": "application/json" }, body: JSON.stringify(body) });
  const suggestions = async () => riskCellActionsSchema.parse(await (await actions("dispatcher")).json());

  beforeAll(async () => {
    database = await createScratchDatabase();
    server = await spawnServer({ REDIS_URL: testRedisUrl, REDIS_PREFIX: prefix, DATABASE_URL: database.url, SEED_DEMO_CITY: "1" });
    handle = await createDatabase({ databaseUrl: database.url, pgliteDir: "" });
    for (const who of ["dispatcher", "leader", "operator", "worker"]) cookies[who] = await signInCookie(server.baseUrl, who);
    // The risk point: the grid cell with the most registered vulnerable households of the demo city.
    const [busiest] = await database.query<{ grid_cell: string }>("SELECT grid_cell FROM care_households GROUP BY grid_cell ORDER BY count(*) DESC, grid_cell LIMIT 1");
    cell = busiest!.grid_cell;
    const households = await database.query<{ n: string }>("SELECT count(*) AS n FROM care_households WHERE grid_cell = $1", [cell]);
    await insertRiskComputations(handle.db, [
      {
        computedAt,
        inputsAsOf: computedAt,
        horizonHours: 1,
        cells: [{ cell, district: null, score: 0.82, reasons: [...reasons, { kind: "vulnerable_households", count: Number(households[0]!.n) }] }],
      },
    ]);
    screen = await connectScreen(server.baseUrl);
  }, 120_000);

  afterAll(async () => {
    screen?.socket.close();
    await handle?.close();
    await server?.stop();
    await deleteRedisPrefix(prefix);
    await database?.drop();
  });

  it("suggests the nearest pump, a depot with the bags, a shelter with room and the households to move, masked for a leader", async () => {
    const view: RiskCellActions = await suggestions();
    expect(view).toMatchObject({ cell, horizon: "1h", score: 0.82, computedAt: computedAt.toISOString() });
    expect(view.district).toBeGreaterThan(310000);
    const { pump, sandbags, shelter, evacuation } = view.suggestions;
    expect(pump?.resource).toMatchObject({ kind: "pump", state: "available" });
    expect(pump!.etaMinutes).toBeGreaterThan(0);
    expect(sandbags!.stockLeft).toBe(sandbags!.resource.stock! - sandbags!.bags);
    expect(shelter!.roomLeft).toBe(shelter!.resource.capacity! - shelter!.resource.occupancy! - shelter!.people);
    expect(evacuation.households.length).toBeGreaterThan(0);
    expect(evacuation.households.every((h) => !h.masked)).toBe(true);

    const led = riskCellActionsSchema.parse(await (await actions("leader")).json());
    expect(led.suggestions.evacuation.households.map((h) => h.householdId)).toEqual(evacuation.households.map((h) => h.householdId));
    expect(led.suggestions.evacuation.households.every((h) => h.masked && /^.\*$/u.test(h.name))).toBe(true);
  });

  it("turns one click into a case with the risk in its history and the pump en route, pushed to the screens", async () => {
    const { pump } = (await suggestions()).suggestions;
    const click = { kind: "pump", resourceId: pump!.resource.id, horizon: "1h", computedAt: computedAt.toISOString(), clientKey: `${prefix}-pump-1` };
    const response = await post(click);
    expect(response.status).toBe(201);
    const result: RiskActionResult = riskActionResultSchema.parse(await response.json());
    expect(result.resource).toMatchObject({ id: pump!.resource.id, state: "en_route", target: { caseId: result.caseId } });

    const delta = await waitForDelta(screen!.socket, screen!.deltas, (d) => d.kind === "resource" && d.resource.id === pump!.resource.id && d.resource.state === "en_route");
    expect(delta.kind).toBe("resource");
    const detail = (await (await fetch(url(`/api/cases/${result.caseId}`), { headers: { cookie: cookies.dispatcher! } })).json()) as CaseDetail;
    expect(detail.case).toMatchObject({ category: "flood_prevention", channel: "risk", gridCell: cell });
    const motive = detail.history.find((h) => h.action === "risk_action");
    expect(motive?.actor).toMatch(/^dispatcher:/);
    expect(motive?.detail).toMatchObject({ kind: "pump", resourceId: pump!.resource.id, risk: { cell, score: 0.82, horizon: "1h", computedAt: computedAt.toISOString(), reasons: expect.arrayContaining(reasons) } });

    // The same click again (a double click, a retried request): the same case, nothing sent twice.
    const again = await post(click);
    expect(again.status).toBe(200);
    expect(riskActionResultSchema.parse(await again.json())).toMatchObject({ caseId: result.caseId, created: false });
    const cases = await database.query<{ n: string }>("SELECT count(*) AS n FROM cases WHERE category = 'flood_prevention'");
    expect(Number(cases[0]!.n)).toBe(1);
    const dispatches = await database.query<{ n: string }>("SELECT count(*) AS n FROM resource_history WHERE resource_id = $1 AND action = 'dispatch'", [pump!.resource.id]);
    expect(Number(dispatches[0]!.n)).toBe(1);

    // Another click on the pump now taken: 409, and the next suggestion is another pump.
    const taken = await post({ ...click, clientKey: `${prefix}-pump-2` });
    expect(taken.status).toBe(409);
    expect(((await taken.json()) as { error: { code: string } }).error.code).toBe("resource_unavailable");
    expect((await suggestions()).suggestions.pump?.resource.id).not.toBe(pump!.resource.id);
  });

  it("carries out a click whose first request died after claiming its key, when it is retried; a fresh claim stays in progress", async () => {
    const { pump } = (await suggestions()).suggestions;
    const click = { kind: "pump", resourceId: pump!.resource.id, horizon: "1h", computedAt: computedAt.toISOString() };
    const claimRow = (key: string, ageMs: number) =>
      database.query(
        "INSERT INTO risk_actions (client_key, cell, horizon_hours, computed_at, kind, resource_id, actor, created_at) VALUES ($1, $2, 1, $3, 'pump', $4, 'dispatcher:gone', $5)",
        [key, cell, computedAt, pump!.resource.id, new Date(Date.now() - ageMs)],
      );
    await claimRow(`${prefix}-fresh`, 1_000);
    const fresh = await post({ ...click, clientKey: `${prefix}-fresh` });
    expect(fresh.status).toBe(409);
    expect((await fresh.json()).error.code).toBe("in_progress");

    await claimRow(`${prefix}-died`, 5 * 60_000);
    const retried = await post({ ...click, clientKey: `${prefix}-died` });
    expect(retried.status).toBe(201);
    const result = riskActionResultSchema.parse(await retried.json());
    expect(result.resource?.state).toBe("en_route");
    const [row] = await database.query<{ case_id: string; actor: string }>("SELECT case_id, actor FROM risk_actions WHERE client_key = $1", [`${prefix}-died`]);
    expect(row).toMatchObject({ case_id: result.caseId, actor: "dispatcher:user-dispatcher" });
  });

  it("takes the bags from the depot and opens the shelter through their own actions", async () => {
    const { sandbags, shelter } = (await suggestions()).suggestions;
    const base = { horizon: "1h", computedAt: computedAt.toISOString() };
    const bags = riskActionResultSchema.parse(await (await post({ ...base, kind: "sandbags", resourceId: sandbags!.resource.id, clientKey: `${prefix}-bags` })).json());
    expect(bags.resource?.stock).toBe(sandbags!.stockLeft);
    const sheltered = riskActionResultSchema.parse(await (await post({ ...base, kind: "shelter", resourceId: shelter!.resource.id, clientKey: `${prefix}-shelter` })).json());
    expect(["open", "full"]).toContain(sheltered.resource?.state);
  });

  it("names the wrong field, refuses other roles and answers 404 for a cell without risk", async () => {
    const base = { kind: "pump", horizon: "1h", computedAt: computedAt.toISOString(), clientKey: `${prefix}-bad` };
    const missing = await post(base);
    expect(missing.status).toBe(400);
    expect(JSON.stringify(await missing.json())).toContain("resourceId");
    const wrongHorizon = await post({ ...base, horizon: "2h", resourceId: "00000000-0000-4000-8000-000000000000" });
    expect(JSON.stringify(await wrongHorizon.json())).toContain("horizon");
    const unknown = await post({ ...base, resourceId: "00000000-0000-4000-8000-000000000000" });
    expect(unknown.status).toBe(422);
    expect(JSON.stringify(await unknown.json())).toContain("resourceId");
    expect((await post({ ...base, kind: "evacuate" }, "89309b94c27ffff")).status).toBe(404);
    expect((await post({ ...base, kind: "evacuate" }, "not-a-cell")).status).toBe(400);
    expect((await actions("dispatcher", "89309b94c27ffff")).status).toBe(404);
    expect((await actions("worker")).status).toBe(403);
    const asOperator = await fetch(url(`/api/risk/cells/${cell}/actions`), {
      method: "POST",
      headers: { cookie: cookies.operator!, "content-type": "application/json" },
      body: JSON.stringify({ ...base, kind: "evacuate" }),
    });
    expect(asOperator.status).toBe(403);
  });
});
