import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoCareHouseholds } from "@/lib/city/shanghai/care-households";
import type { CareAlertView, HouseholdHistory, HouseholdView } from "@/lib/contracts/care";
import { createDatabase, type DatabaseHandle } from "@/lib/db/create-database";
import { createScratchDatabase, type ScratchDatabase } from "../support/scratch-database";
import { testRedisUrl, uniquePrefix } from "../support/services";
import { signInCookie } from "../support/session-client";
import { spawnServer, type RunningServer } from "../support/spawn-server";
import { deleteRedisPrefix } from "../support/redis-cleanup";

const HOUR_MS = 3_600_000;
// W0001's demo household (lib/city/shanghai/care-households.ts), in the grid the demo user "community" keeps.
const household = demoCareHouseholds[0]!;

describe("community staff keep the care registry of their own grids only", () => {
  const prefix = uniquePrefix("care-community");
  let database: ScratchDatabase;
  let server: RunningServer;
  let handle: DatabaseHandle;
  const cookies: Record<string, string> = {};

  const call = (path: string, who: string, init: RequestInit = {}) =>
    fetch(`${server.baseUrl}${path}`, { ...init, headers: { "content-type": "application/json", cookie: cookies[who]! } });
  const view = async (who: string) => (await (await call(`/api/care/households/${household.id}`, who)).json()) as HouseholdView;

  beforeAll(async () => {
    database = await createScratchDatabase();
    server = await spawnServer({ REDIS_URL: testRedisUrl, REDIS_PREFIX: prefix, DATABASE_URL: database.url, SEED_DEMO_CITY: "1" });
    handle = await createDatabase({ databaseUrl: database.url, pgliteDir: "" });
    for (const user of ["community", "community2", "shelter", "worker"]) cookies[user] = await signInCookie(server.baseUrl, user);
  }, 120_000);

  afterAll(async () => {
    await handle?.close();
    await server?.stop();
    await deleteRedisPrefix(prefix);
    await database?.drop();
  });

  it("shows the household whole to the community staff of its grid, masked to another grid's and to civil affairs at large", async () => {
    expect(await view("community")).toMatchObject({ masked: false, name: household.name, address: household.address, phone: household.phone });
    for (const who of ["community2", "shelter"]) {
      const seen = await view(who);
      expect(seen, who).toMatchObject({ masked: true, location: null, idNumber: null });
      for (const secret of [household.name, household.address, household.phone, household.familyContact.phone]) expect(JSON.stringify(seen), who).not.toContain(secret);
    }
  });

  it("lists by default the community's own cells, whole", async () => {
    const own = ((await (await call("/api/care/households", "community")).json()) as { households: HouseholdView[] }).households;
    expect(new Set(own.map((h) => h.gridCell))).toEqual(new Set([demoCareHouseholds[0]!.waterMeter.gridCell, demoCareHouseholds[1]!.waterMeter.gridCell]));
    expect(own.every((h) => !h.masked)).toBe(true);
    const other = ((await (await call(`/api/care/households?gridCell=${household.waterMeter.gridCell}`, "community2")).json()) as { households: HouseholdView[] })
      .households;
    expect(other.length).toBeGreaterThan(0);
    expect(other.every((h) => h.masked)).toBe(true);
  });

  it("refuses another grid's staff every change with 403, and lets the grid's own staff make them", async () => {
    const before = await view("community");
    const patch = { expectedVersion: before.version, familyContacts: [{ name: "李明", relation: "儿子", phone: "13800009999" }] };
    const absence = { reason: "away", endsAt: new Date(Date.now() + 48 * HOUR_MS).toISOString(), note: "去女儿家" };
    const register = {
      category: "elderly_alone",
      name: "赵阿婆",
      address: "黄浦区复兴中路10弄1号101室",
      location: { lat: household.lat, lng: household.lng },
      gridWorkerId: household.gridWorkerId,
      consent: { givenBy: "赵阿婆", at: new Date().toISOString(), scope: "水电表读数用于独居关怀告警" },
    };
    for (const who of ["community2", "shelter"]) {
      expect((await call(`/api/care/households/${household.id}`, who, { method: "PATCH", body: JSON.stringify(patch) })).status, who).toBe(403);
      expect((await call(`/api/care/households/${household.id}/absences`, who, { method: "POST", body: JSON.stringify(absence) })).status, who).toBe(403);
      expect((await call("/api/care/households", who, { method: "POST", body: JSON.stringify(register) })).status, who).toBe(403);
    }

    const changed = await call(`/api/care/households/${household.id}`, "community", { method: "PATCH", body: JSON.stringify(patch) });
    expect(changed.status).toBe(200);
    expect(((await changed.json()) as HouseholdView).familyContacts).toEqual(patch.familyContacts);
    const announced = await call(`/api/care/households/${household.id}/absences`, "community", { method: "POST", body: JSON.stringify(absence) });
    expect(announced.status).toBe(201);
    const [away] = ((await announced.json()) as HouseholdView).absences;
    expect(away).toMatchObject({ reason: "away", note: "去女儿家" });

    const endPath = `/api/care/households/${household.id}/absences/${away!.id}/end`;
    expect((await call(endPath, "community2", { method: "POST" })).status).toBe(403);
    const ended = await call(endPath, "community", { method: "POST" });
    expect(ended.status).toBe(200);
    expect(((await ended.json()) as HouseholdView).absences).toEqual([]);
    expect((await call(endPath, "community", { method: "POST" })).status).toBe(409);
    expect((await call(`/api/care/households/${household.id}/absences/${randomUUID()}/end`, "community", { method: "POST" })).status).toBe(404);
    const stored = await handle.db.selectFrom("care_absences").select("ends_at").where("id", "=", away!.id).executeTakeFirstOrThrow();
    expect(stored.ends_at.getTime()).toBeLessThanOrEqual(Date.now());

    const registered = await call("/api/care/households", "community", { method: "POST", body: JSON.stringify(register) });
    expect(registered.status).toBe(201);
  });

  it("keeps the change history: who, when, which fields, never the values, the same for every reader", async () => {
    const history = (await (await call(`/api/care/households/${household.id}/history`, "community2")).json()) as HouseholdHistory;
    expect(history.entries.map((e) => [e.action, e.actorName, e.fields])).toEqual([
      ["create", null, ["*"]],
      ["update", "社区 黄丽", ["family_contacts"]],
      ["absence", "社区 黄丽", ["absences"]],
      ["absence_end", "社区 黄丽", ["absences"]],
    ]);
    expect(JSON.stringify(history)).not.toContain("13800009999");
    expect((await call(`/api/care/households/${randomUUID()}/history`, "community")).status).toBe(404);
  });

  it("lists care alerts to the grid's community staff only", async () => {
    await handle.db
      .insertInto("care_alerts")
      .values({ id: randomUUID(), household_id: household.id, kind: "alert", raised_hour: Math.floor(Date.now() / HOUR_MS), seen: "自 07:00 起无用水", created_at: new Date() })
      .execute();
    const alertsOf = async (who: string) => ((await (await call("/api/care/alerts", who)).json()) as { alerts: CareAlertView[] }).alerts;
    expect((await alertsOf("community")).map((a) => a.householdId)).toEqual([household.id]);
    expect(await alertsOf("community2")).toEqual([]);
    expect(await alertsOf("shelter")).toEqual([]);
  });
});
