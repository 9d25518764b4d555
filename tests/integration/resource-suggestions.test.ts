import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ResourceSuggestions, ResourceSummary } from "@/lib/contracts/resource";
import { caseIdForEvent } from "@/lib/domain/ids";
import { pollUntil } from "../support/poll";
import { createScratchDatabase, type ScratchDatabase } from "../support/scratch-database";
import { postEvent, sampleReport } from "../support/sample-events";
import { deleteRedisPrefix } from "../support/redis-cleanup";
import { testRedisUrl, uniquePrefix } from "../support/services";
import { signInCookie } from "../support/session-client";
import { spawnServer, type RunningServer } from "../support/spawn-server";

/** What the console offers before sending a resource to a case: the nearest available ones, ranked as dispatch ranks them. */
describe("GET /api/cases/{id}/resource-suggestions", () => {
  const prefix = uniquePrefix("resource-suggestions");
  let database: ScratchDatabase;
  let server: RunningServer;
  let caseId: string;
  const cookies: Record<string, string> = {};

  const get = (path: string, who: string) => fetch(`${server.baseUrl}${path}`, { headers: { cookie: cookies[who]! } });
  const suggest = async (query: string) => (await (await get(`/api/cases/${caseId}/resource-suggestions?${query}`, "dispatcher")).json()) as ResourceSuggestions;

  beforeAll(async () => {
    database = await createScratchDatabase();
    server = await spawnServer({ REDIS_URL: testRedisUrl, REDIS_PREFIX: prefix, DATABASE_URL: database.url, SEED_DEMO_CITY: "1" });
    for (const who of ["dispatcher", "leader"]) cookies[who] = await signInCookie(server.baseUrl, who);
    const response = await postEvent(server.baseUrl, sampleReport({ description: `${prefix} 积水`, location: { lat: 31.2304, lng: 121.4737 } }));
    caseId = caseIdForEvent((await response.json()).eventId);
    await pollUntil(async () => (await get(`/api/cases/${caseId}/resource-suggestions?kind=pump`, "dispatcher")).status, (status) => status === 200);
  });

  afterAll(async () => {
    await server?.stop();
    await deleteRedisPrefix(prefix);
    await database?.drop();
  });

  it("ranks the nearest available pumps with the capacity asked for, nearest first, and counts those passed over", async () => {
    const any = await suggest("kind=pump");
    expect(any.suggestions).toHaveLength(5);
    expect(any.considered).toBeGreaterThanOrEqual(40);
    expect(any.target).toMatchObject({ caseId, lat: 31.2304, lng: 121.4737 });
    const travel = any.suggestions.map((s) => s.travelMeters);
    expect(travel).toEqual([...travel].sort((a, b) => a - b));
    expect(any.suggestions.every((s) => s.resource.kind === "pump" && s.resource.state === "available")).toBe(true);

    const big = await suggest("kind=pump&minM3PerHour=2000");
    expect(big.suggestions.every((s) => s.resource.m3PerHour! >= 2000)).toBe(true);
    expect(big.excluded.lacks_capacity).toBeGreaterThan(0);
    const divers = await suggest("kind=team&skill=water_rescue");
    expect(divers.suggestions.length).toBeGreaterThan(0);
    expect(divers.suggestions.every((s) => s.resource.skills.includes("water_rescue"))).toBe(true);
  });

  it("no longer offers a pump once it is sent, and counts it as not available", async () => {
    const before = await suggest("kind=pump");
    const nearest = before.suggestions[0]!.resource;
    const sent = await fetch(`${server.baseUrl}/api/resources/${nearest.id}/actions`, {
      method: "POST",
      headers: { cookie: cookies.dispatcher!, "content-type": "application/json" },
      body: JSON.stringify({ action: "dispatch", caseId, expectedVersion: nearest.version }),
    });
    expect(((await sent.json()) as { resource: ResourceSummary }).resource).toMatchObject({ state: "en_route", target: { caseId } });
    const after = await suggest("kind=pump");
    expect(after.suggestions.map((s) => s.resource.id)).not.toContain(nearest.id);
    expect(after.excluded.not_available).toBe(before.excluded.not_available + 1);
  });

  it("answers 400 naming a wrong parameter, 403 to a leader, 404 for no such case", async () => {
    const shelter = await get(`/api/cases/${caseId}/resource-suggestions?kind=shelter`, "dispatcher");
    expect(shelter.status).toBe(400);
    expect(JSON.stringify(await shelter.json())).toContain("query.kind");
    expect((await get(`/api/cases/${caseId}/resource-suggestions?kind=pump`, "leader")).status).toBe(403);
    expect((await get("/api/cases/00000000-0000-4000-8000-000000000000/resource-suggestions?kind=pump", "dispatcher")).status).toBe(404);
  });
});
