import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CareAlertDetail, CareAlertView, HouseholdView } from "@/lib/contracts/care";
import type { CaseDetail } from "@/lib/contracts/case-detail";
import type { SummonView } from "@/lib/contracts/summons";
import { createDatabase, type DatabaseHandle } from "@/lib/db/create-database";
import { pollUntil } from "../support/poll";
import { createScratchDatabase, type ScratchDatabase } from "../support/scratch-database";
import { regularLifeReadings } from "../support/care-readings";
import { testGatewayTokens, testRedisUrl, uniquePrefix } from "../support/services";
import { signInCookie } from "../support/session-client";
import { spawnServer, type RunningServer } from "../support/spawn-server";
import { deleteRedisPrefix } from "../support/redis-cleanup";
import { startWebhookReceiver } from "../support/webhook-receiver";

const HOUR_MS = 3_600_000;
// Ten SLA minutes (the care case's sign-for deadline and each escalation step) pass in ten seconds.
const SLA_MINUTE_MS = 1_000;
// W0001's own grid in the demo city (lib/city/shanghai/workers.json).
const W0001_PLACE = { lat: 31.20734, lng: 121.47931 };
const W0001_GRID = "89309959b8fffff";

const household = {
  category: "elderly_alone",
  name: "王秀英",
  address: "黄浦区南京东路123弄4号502室",
  phone: "13912345678",
  idNumber: "31010119400101123X",
  location: W0001_PLACE,
  waterMeterId: "WM-0001",
  electricityMeterId: "EM-0001",
  gridWorkerId: "W0001",
  consent: { givenBy: "王秀英", at: "2026-11-01T10:00:00+08:00", scope: "水电表读数用于独居关怀告警" },
} as const;


describe("care alerts: readings in → alert → case for the household's grid worker → family told → outcome", () => {
  const prefix = uniquePrefix("care-alerts");
  let database: ScratchDatabase;
  let server: RunningServer;
  let handle: DatabaseHandle;
  let hook: Awaited<ReturnType<typeof startWebhookReceiver>>;
  let familyHook: Awaited<ReturnType<typeof startWebhookReceiver>>;
  const cookies: Record<string, string> = {};
  let householdId = "";
  let alert: CareAlertView;

  const call = (path: string, who: string | null, init: RequestInit = {}) =>
    fetch(`${server.baseUrl}${path}`, {
      ...init,
      headers: { "content-type": "application/json", ...(who && { cookie: cookies[who]! }), ...(init.headers as Record<string, string>) },
    });
  const postReadings = (body: unknown) =>
    fetch(`${server.baseUrl}/api/sensors/readings`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${testGatewayTokens.SENSOR_GATEWAY_TOKEN}` },
      body: JSON.stringify(body),
    });

  beforeAll(async () => {
    hook = await startWebhookReceiver();
    familyHook = await startWebhookReceiver();
    database = await createScratchDatabase();
    server = await spawnServer({
      REDIS_URL: testRedisUrl,
      REDIS_PREFIX: prefix,
      DATABASE_URL: database.url,
      SEED_DEMO_CITY: "1",
      NOTIFY_WEBHOOK_URL: hook.url,
      SLA_MINUTE_MS: String(SLA_MINUTE_MS),
    });
    handle = await createDatabase({ databaseUrl: database.url, pgliteDir: "" });
    for (const user of ["dispatcher", "worker", "worker2", "leader", "resident", "community", "community2", "shelter", "water"]) cookies[user] = await signInCookie(server.baseUrl, user);
  }, 120_000);

  afterAll(async () => {
    await handle?.close();
    await server?.stop();
    await deleteRedisPrefix(prefix);
    await database?.drop();
    await hook?.close();
    await familyHook?.close();
  });

  it("names the field of a bad registration", async () => {
    const missing = await call("/api/care/households", "dispatcher", { method: "POST", body: JSON.stringify({ ...household, name: undefined }) });
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as { error: { fields: { path: string }[] } }).error.fields.map((f) => f.path)).toContain("name");
    const noWorker = await call("/api/care/households", "dispatcher", { method: "POST", body: JSON.stringify({ ...household, gridWorkerId: "W9999" }) });
    expect(noWorker.status).toBe(422);
    expect(((await noWorker.json()) as { error: { fields: { path: string }[] } }).error.fields).toEqual([{ path: "gridWorkerId", message: "no grid worker W9999" }]);
    const wrongKind = await call("/api/care/households", "dispatcher", { method: "POST", body: JSON.stringify({ ...household, waterMeterId: "EM-0002" }) });
    expect(wrongKind.status).toBe(422);
    const resident = await call("/api/care/households", "resident", { method: "POST", body: JSON.stringify(household) });
    expect(resident.status).toBe(403);
  });

  it("registers a household with its family contacts, audited", async () => {
    const body = {
      ...household,
      familyContacts: [
        { name: "王建国", relation: "儿子", phone: "13800001111" },
        { name: "王丽", relation: "女儿", phone: "13800002222", webhookUrl: familyHook.url },
      ],
    };
    const response = await call("/api/care/households", "dispatcher", { method: "POST", body: JSON.stringify(body) });
    expect(response.status).toBe(201);
    const view = (await response.json()) as HouseholdView;
    expect(view).toMatchObject({ masked: false, name: "王秀英", gridCell: W0001_GRID, district: 310101, gridWorkerId: "W0001" });
    householdId = view.id;
    const audit = await handle.db.selectFrom("care_audit").selectAll().where("household_id", "=", householdId).execute();
    expect(audit).toMatchObject([{ actor: "user-dispatcher", action: "create" }]);
    expect(JSON.stringify(audit)).not.toContain("王秀英");
  });

  it("takes an announced absence, naming a wrong field", async () => {
    const tomorrow = Date.now() + 24 * HOUR_MS;
    const backwards = await call(`/api/care/households/${householdId}/absences`, "worker", {
      method: "POST",
      body: JSON.stringify({ reason: "hospital", startsAt: new Date(tomorrow).toISOString(), endsAt: new Date(tomorrow - HOUR_MS).toISOString() }),
    });
    expect(backwards.status).toBe(400);
    expect(((await backwards.json()) as { error: { fields: { path: string }[] } }).error.fields.map((f) => f.path)).toEqual(["endsAt"]);
    const hospital = await call(`/api/care/households/${householdId}/absences`, "worker", {
      method: "POST",
      body: JSON.stringify({ reason: "hospital", startsAt: new Date(tomorrow).toISOString(), endsAt: new Date(tomorrow + 72 * HOUR_MS).toISOString(), note: "瑞金医院心内科" }),
    });
    expect(hospital.status).toBe(201);
    expect(((await hospital.json()) as HouseholdView).absences).toMatchObject([{ reason: "hospital", note: "瑞金医院心内科" }]);
    const forLeader = (await (await call(`/api/care/households/${householdId}`, "leader")).json()) as HouseholdView;
    expect(forLeader.absences).toMatchObject([{ reason: "hospital", note: "" }]);
    expect((await call(`/api/care/households/${householdId}/absences`, "leader", { method: "POST", body: "{}" })).status).toBe(403);
  });

  it("changes a household on the version the caller saw, and keeps each meter to one household", async () => {
    const patch = (who: string, body: unknown) => call(`/api/care/households/${householdId}`, who, { method: "PATCH", body: JSON.stringify(body) });
    const changed = await patch("worker", { expectedVersion: 1, phone: "13912345678" });
    expect(changed.status).toBe(200);
    expect(((await changed.json()) as HouseholdView).version).toBe(2);
    const stale = await patch("worker", { expectedVersion: 1, phone: "13900000000" });
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ current: { version: 2 }, error: { code: "stale" } });
    expect((await patch("worker2", { expectedVersion: 2, phone: "13900000000" })).status).toBe(403);
    const nothing = await patch("worker", { expectedVersion: 2 });
    expect(nothing.status).toBe(400);
    const taken = await call("/api/care/households", "dispatcher", { method: "POST", body: JSON.stringify({ ...household, name: "李四" }) });
    expect(taken.status).toBe(409);
    expect(((await taken.json()) as { error: { fields: { path: string }[] } }).error.fields.map((f) => f.path)).toEqual(["waterMeterId"]);
  });

  it("masks the household for everyone without need to know", async () => {
    const seenBy = async (who: string) => {
      const response = await call(`/api/care/households/${householdId}`, who);
      return { status: response.status, view: response.status === 200 ? ((await response.json()) as HouseholdView) : null };
    };
    for (const who of ["worker", "community", "dispatcher"]) {
      const { view } = await seenBy(who);
      expect(view, who).toMatchObject({ masked: false, name: "王秀英", idNumber: "31010119400101123X", phone: "13912345678" });
    }
    // community2 keeps another grid's registry; shelter staff (民政, no community) have no need to know.
    for (const who of ["worker2", "community2", "shelter", "leader", "water"]) {
      const { view } = await seenBy(who);
      expect(view, who).toMatchObject({ masked: true, name: "王*", address: "黄浦区南京东路…", phone: "139****5678", idNumber: null, location: null });
      const text = JSON.stringify(view);
      for (const secret of ["王秀英", "123弄", "13912345678", "31010119400101123X", "王建国", "13800001111"]) expect(text, who).not.toContain(secret);
    }
    expect((await seenBy("resident")).status).toBe(403);
    const list = (await (await call(`/api/care/households?gridCell=${W0001_GRID}`, "leader")).json()) as { households: HouseholdView[] };
    // The demo city registers a demo household beside every worker; W0001's is masked too.
    expect(list.households.filter((h) => !h.demo).map((h) => [h.id, h.name])).toEqual([[householdId, "王*"]]);
    expect(list.households.filter((h) => h.demo).every((h) => h.masked && h.name.endsWith("*"))).toBe(true);
    const badQuery = await call("/api/care/households?gridCell=nope", "leader");
    expect(badQuery.status).toBe(400);
  });

  it("opens one urgent 独居老人异常 case for W0001 when water and power stop, and tells the family", async () => {
    const posted = await postReadings(regularLifeReadings({ water: "WM-0001", electricity: "EM-0001" }));
    expect(posted.status).toBe(200);
    expect(await posted.json()).toMatchObject({ stored: 22 * 24 * 2, rejected: [] });

    const alerts = await pollUntil(
      async () => ((await (await call("/api/care/alerts", "worker")).json()) as { alerts: CareAlertView[] }).alerts,
      (found) => found.some((a) => a.caseId !== null),
      30_000,
    );
    expect(alerts).toHaveLength(1);
    alert = alerts[0]!;
    expect(alert).toMatchObject({ householdId, kind: "alert", outcome: null, gridCell: W0001_GRID });
    expect(alert.seen).toMatch(/^自 .+ 起无用水，平常到此时约有 \d+ 个小时有用水用电；用电自 .+ 起平稳$/);

    const detail = (await (await call(`/api/cases/${alert.caseId}`, "dispatcher")).json()) as CaseDetail;
    expect(detail.case).toMatchObject({ category: "elderly_alone_anomaly", priority: "urgent", stage: "dispatched", assigneeId: "W0001" });
    expect(detail.case.description).toContain(alert.seen);
    expect(detail.case.description).not.toContain("王");

    const told = await pollUntil(
      async () => [...hook.deliveries, ...familyHook.deliveries],
      (deliveries) => deliveries.length >= 2,
      15_000,
    );
    const care = told.filter((d) => String((d.body.message as { zh: string }).zh).startsWith("【社区关怀】"));
    expect(care.map((d) => d.body.id).sort()).toEqual([`care-${alert.id}-0`, `care-${alert.id}-1`]);
    expect(familyHook.deliveries.map((d) => d.body.id)).toEqual([`care-${alert.id}-1`]);
    for (const d of care) {
      expect(d.body.caseCode).toBe(detail.case.code);
      expect(JSON.stringify(d.body)).not.toContain("王秀英");
    }
  });

  it("opens nothing twice when the same readings come again", async () => {
    expect((await postReadings(regularLifeReadings({ water: "WM-0001", electricity: "EM-0001" }))).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const rows = await handle.db.selectFrom("care_alerts").select(["id", "case_id"]).where("household_id", "=", householdId).execute();
    expect(rows).toEqual([{ id: alert.id, case_id: alert.caseId }]);
    const cases = await handle.db.selectFrom("cases").select("id").where("category", "=", "elderly_alone_anomaly").execute();
    expect(cases.map((c) => c.id)).toEqual([alert.caseId]);
  });

  it("escalates a care case nobody signs for: the community first, then the desk is told to call 110/120", async () => {
    const summoned = await pollUntil(
      async () => ((await (await call(`/api/cases/${alert.caseId}/summons`, "dispatcher")).json()) as { summons: SummonView[] }).summons,
      (summons) => summons.length >= 2,
      40_000,
    );
    const byAge = [...summoned].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    expect(byAge.map((s) => [s.whistle, s.summonedBy, s.departments.map((d) => d.department)])).toEqual([
      ["emergency", "system:care-escalation", ["civil_affairs"]],
      ["emergency", "system:care-escalation", ["emergency"]],
    ]);
    expect(byAge[1]!.reason).toContain("110/120");
  }, 45_000);

  it("shows the screen counts and cells, never a name", async () => {
    const summary = await (await call("/api/care/alerts/summary", null)).json();
    expect(summary).toEqual({ open: 1, meterFaults: 0, cells: [{ cell: W0001_GRID, count: 1 }] });
    expect(((await (await call("/api/care/alerts", "worker2")).json()) as { alerts: unknown[] }).alerts).toEqual([]);
  });

  it("records the worker's finding once; a false alarm says why and is fed back to the household's model", async () => {
    const before = await handle.db.selectFrom("care_households").select("model_state").where("id", "=", householdId).executeTakeFirstOrThrow();
    expect(before.model_state).toMatchObject({ sensitivity: 1, falseAlarms: 0 });

    const opened = (await (await call(`/api/care/alerts/${alert.id}`, "worker")).json()) as CareAlertDetail;
    expect(opened.household).toMatchObject({ masked: false, name: "王秀英", address: household.address });

    const withoutReason = await call(`/api/care/alerts/${alert.id}/outcome`, "worker", { method: "POST", body: JSON.stringify({ outcome: "false_alarm" }) });
    expect(withoutReason.status).toBe(400);
    expect(((await withoutReason.json()) as { error: { fields: { path: string }[] } }).error.fields.map((f) => f.path)).toEqual(["reason"]);
    const otherGrid = await call(`/api/care/alerts/${alert.id}/outcome`, "worker2", { method: "POST", body: JSON.stringify({ outcome: "safe" }) });
    expect(otherGrid.status).toBe(403);

    const recorded = await call(`/api/care/alerts/${alert.id}/outcome`, "worker", {
      method: "POST",
      body: JSON.stringify({ outcome: "false_alarm", reason: "老人去女儿家住了两晚，未告知" }),
    });
    expect(recorded.status).toBe(200);
    expect(((await recorded.json()) as CareAlertDetail).alert).toMatchObject({ outcome: "false_alarm", outcomeNote: "老人去女儿家住了两晚，未告知" });
    const again = await call(`/api/care/alerts/${alert.id}/outcome`, "worker", { method: "POST", body: JSON.stringify({ outcome: "safe" }) });
    expect(again.status).toBe(409);

    const after = await handle.db.selectFrom("care_households").select("model_state").where("id", "=", householdId).executeTakeFirstOrThrow();
    expect(after.model_state).toMatchObject({ sensitivity: 0.1, falseAlarms: 1 });
    const audit = await handle.db.selectFrom("care_audit").select(["actor", "action"]).where("household_id", "=", householdId).orderBy("id").execute();
    expect(audit).toEqual([
      { actor: "user-dispatcher", action: "create" },
      { actor: "user-worker", action: "absence" },
      { actor: "user-worker", action: "update" },
      { actor: "user-worker", action: "outcome:false_alarm" },
    ]);
    const summary = await (await call("/api/care/alerts/summary", null)).json();
    expect(summary).toMatchObject({ open: 0, cells: [] });
  });

  it("keeps the audit append-only", async () => {
    await expect(handle.db.deleteFrom("care_audit").where("household_id", "=", householdId).execute()).rejects.toThrow(/append-only/);
    await expect(handle.db.updateTable("care_audit").set({ actor: "someone" }).where("household_id", "=", householdId).execute()).rejects.toThrow(/append-only/);
    const audit = await handle.db.selectFrom("care_audit").select("actor").where("household_id", "=", householdId).execute();
    expect(audit.map((a) => a.actor)).toEqual(["user-dispatcher", "user-worker", "user-worker", "user-worker"]);
  });

  it("sends a meter that stopped reporting to the desk as a meter fault, not to the grid worker", async () => {
    const registered = await call("/api/care/households", "community", {
      method: "POST",
      body: JSON.stringify({ ...household, name: "李桂兰", waterMeterId: "WM-0002", electricityMeterId: "EM-0002", idNumber: undefined }),
    });
    expect(registered.status).toBe(201);
    const { id } = (await registered.json()) as HouseholdView;
    // Three days of readings that end 14 hours ago: twelve silent hours later the meters are at fault.
    const currentHour = Math.floor(Date.now() / HOUR_MS);
    const rows = [];
    for (let hour = currentHour - 3 * 24; hour < currentHour - 14; hour += 1) {
      const measuredAt = new Date((hour + 1) * HOUR_MS).toISOString();
      rows.push({ sensorId: "WM-0002", measuredAt, value: 0.02 }, { sensorId: "EM-0002", measuredAt, value: 0.3 });
    }
    expect((await postReadings({ readings: rows })).status).toBe(200);
    const fault = await pollUntil(
      () => handle.db.selectFrom("care_alerts").selectAll().where("household_id", "=", id).execute(),
      (found) => found.some((a) => a.case_id !== null),
      15_000,
    );
    expect(fault).toMatchObject([{ kind: "meter_fault", seen: "智能水表、智能电表已连续 12 小时未上报读数，请检修表计" }]);
    const detail = (await (await call(`/api/cases/${fault[0]!.case_id}`, "dispatcher")).json()) as CaseDetail;
    expect(detail.case).toMatchObject({ category: "meter_fault", stage: "accepted", assigneeId: null });
    expect(((await (await call("/api/care/alerts/summary", null)).json()) as { meterFaults: number }).meterFaults).toBe(1);
  });
});
