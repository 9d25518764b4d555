import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resources as seeded } from "@/lib/city/shanghai";
import type { ResourceDetail, ResourceSummary } from "@/lib/contracts/resource";
import { createScratchDatabase, type ScratchDatabase } from "../support/scratch-database";
import { deleteRedisPrefix } from "../support/redis-cleanup";
import { testRedisUrl, uniquePrefix } from "../support/services";
import { connectWithCookie, signInCookie } from "../support/session-client";
import { spawnServer, type RunningServer } from "../support/spawn-server";

/** Resources over HTTP as the consoles and phones use them: roles, departments, bad input, versions. */
describe("resource routes", () => {
  const prefix = uniquePrefix("resource-routes");
  let database: ScratchDatabase;
  let server: RunningServer;
  const cookies: Record<string, string> = {};
  const shelter = seeded.find((r) => r.kind === "shelter" && r.state === "open")!;
  const team = seeded.find((r) => r.kind === "team")!;

  const get = (path: string, who: string) => fetch(`${server.baseUrl}${path}`, { headers: { cookie: cookies[who]! } });
  const act = (who: string, id: string, body: unknown) =>
    fetch(`${server.baseUrl}/api/resources/${id}/actions`, {
      method: "POST",
      headers: { cookie: cookies[who]!, "content-type": "application/json" },
      body: JSON.stringify(body),
    });

  beforeAll(async () => {
    database = await createScratchDatabase();
    server = await spawnServer({ REDIS_URL: testRedisUrl, REDIS_PREFIX: prefix, DATABASE_URL: database.url, SEED_DEMO_CITY: "1" });
    for (const who of ["dispatcher", "leader", "shelter", "rescue", "water", "worker", "resident"]) cookies[who] = await signInCookie(server.baseUrl, who);
  });

  afterAll(async () => {
    await server?.stop();
    await deleteRedisPrefix(prefix);
    await database?.drop();
  });

  it("lists resources by kind to leaders and the desk, a department's to its staff, and to no one else", async () => {
    const shelters = (await (await get("/api/resources?kind=shelter", "leader")).json()) as { resources: ResourceSummary[] };
    expect(shelters.resources.length).toBeGreaterThanOrEqual(60);
    expect(shelters.resources.every((r) => r.kind === "shelter")).toBe(true);
    const ofRescue = (await (await get("/api/resources", "rescue")).json()) as { resources: ResourceSummary[] };
    expect(new Set(ofRescue.resources.map((r) => r.kind))).toEqual(new Set(["sandbags", "team", "vehicle"]));
    expect((await get("/api/resources", "worker")).status).toBe(403);
    expect((await get("/api/resources", "resident")).status).toBe(403);
    expect((await fetch(`${server.baseUrl}/api/resources`)).status).toBe(401);
  });

  it("answers 400 naming the wrong query parameter, path id or body field", async () => {
    const kind = await get("/api/resources?kind=boat", "dispatcher");
    expect(kind.status).toBe(400);
    expect(JSON.stringify(await kind.json())).toContain("query.kind");
    const id = await get("/api/resources/PT-0001", "dispatcher");
    expect(id.status).toBe(400);
    expect(JSON.stringify(await id.json())).toContain('"id"');
    const body = await act("shelter", shelter.id, { action: "set_occupancy", expectedVersion: 1, occupancy: -3 });
    expect(body.status).toBe(400);
    expect(((await body.json()) as { error: { fields: { path: string }[] } }).error.fields.map((f) => f.path)).toEqual(["occupancy"]);
    const need = await fetch(`${server.baseUrl}/api/resources/dispatch`, {
      method: "POST",
      headers: { cookie: cookies.dispatcher!, "content-type": "application/json" },
      body: JSON.stringify({ needs: [{ kind: "shelter", place: { lat: 31.2, lng: 121.4 } }] }),
    });
    expect(need.status).toBe(400);
    expect(JSON.stringify(await need.json())).toContain("needs.0.kind");
  });

  it("lets shelter staff count people in their shelter, not another department's staff, and refuses over capacity with 422", async () => {
    expect((await act("water", shelter.id, { action: "set_occupancy", expectedVersion: 1, occupancy: 10 })).status).toBe(403);
    expect((await get(`/api/resources/${shelter.id}`, "water")).status).toBe(403);
    expect((await act("leader", shelter.id, { action: "set_occupancy", expectedVersion: 1, occupancy: 10 })).status).toBe(403);
    const over = await act("shelter", shelter.id, { action: "set_occupancy", expectedVersion: 1, occupancy: shelter.capacity! + 1 });
    expect(over.status).toBe(422);
    expect(((await over.json()) as { error: { code: string } }).error.code).toBe("over_capacity");
    const counted = await act("shelter", shelter.id, { action: "set_occupancy", expectedVersion: 1, occupancy: shelter.capacity! });
    expect(counted.status).toBe(200);
    expect(((await counted.json()) as { resource: ResourceSummary }).resource).toMatchObject({ state: "full", occupancy: shelter.capacity, version: 2 });
    const stale = await act("shelter", shelter.id, { action: "set_occupancy", expectedVersion: 1, occupancy: 0 });
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ current: { version: 2, state: "full" } });
    const detail = (await (await get(`/api/resources/${shelter.id}`, "shelter")).json()) as ResourceDetail;
    expect(detail.history).toEqual([expect.objectContaining({ actor: "department_staff:user-shelter", action: "set_occupancy", fromState: "open", toState: "full" })]);
  });

  it("lets only the desk send a team, its leader report progress, and pushes each change to the screens", async () => {
    const screen = await connectWithCookie(server.baseUrl, cookies.dispatcher);
    try {
      const place = { lat: 31.23, lng: 121.47, label: "外滩积水点" };
      expect((await act("rescue", team.id, { action: "dispatch", expectedVersion: 1, place })).status).toBe(403);
      const sent = await act("dispatcher", team.id, { action: "dispatch", expectedVersion: 1, place });
      expect(sent.status).toBe(200);
      const reported = await act("rescue", team.id, { action: "report", expectedVersion: 2, note: "已转移居民12人" });
      expect(reported.status).toBe(200);
      await expect
        .poll(() => screen.deltas.flatMap((d) => (d.kind === "resource" && d.resource.id === team.id ? [d.resource.version] : [])))
        .toEqual([2, 3]);
    } finally {
      screen.socket.close();
    }
  });
});
