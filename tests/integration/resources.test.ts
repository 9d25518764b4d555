import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resources as seeded } from "@/lib/city/shanghai";
import type { ResourceSummary } from "@/lib/contracts/resource";
import { findResource, listResourceHistory } from "@/lib/db/repositories/resources.repository";
import type { Actor } from "@/lib/domain/cases/case-rules";
import { haversineMeters } from "@/lib/domain/dispatch/travel-distance";
import { eventIdForKey } from "@/lib/domain/ids";
import { applyResourceAction } from "@/lib/pipeline/apply-resource-action";
import { dispatchResources } from "@/lib/pipeline/dispatch-resources";
import { listResourcesFor } from "@/lib/pipeline/list-resources";
import { loadScreenSnapshot } from "@/lib/pipeline/load-screen-snapshot";
import { recordEvent } from "@/lib/pipeline/record-event";
import type { AppContext } from "@/lib/runtime/app-context";
import { startInProcessApp, type InProcessApp } from "../support/in-process-app";
import { sampleReport } from "../support/sample-events";
import { uniquePrefix } from "../support/services";

const dispatcher: Actor = { role: "dispatcher", id: "user-dispatcher" };
const waterStaff: Actor = { role: "department_staff", id: "user-water", department: "water" };

describe("emergency resources on real Postgres and Redis", () => {
  const prefix = uniquePrefix("resources");
  let app: AppContext;
  let running: InProcessApp;

  beforeAll(async () => {
    running = await startInProcessApp(prefix);
    ({ app } = running);
  });

  afterAll(async () => {
    await running?.stop();
  });

  /** A case opened by intake at `location`. */
  async function caseAt(key: string, location: { lat: number; lng: number }) {
    const { caseId } = await recordEvent(
      { eventId: eventIdForKey(key), idempotencyKey: key, receivedAt: new Date().toISOString(), report: sampleReport({ description: key, location, category: "road_waterlogging" }) },
      app.pipeline,
    );
    return caseId;
  }

  it("lists the seeded resources by kind, with their state, and a department's staff only theirs", async () => {
    const pumps = await listResourcesFor(app.pipeline, { kind: "pump" }, { role: "leader", id: "l" });
    expect(pumps).toHaveLength(seeded.filter((r) => r.kind === "pump").length);
    expect(pumps.every((p) => p.kind === "pump" && p.state === "available" && p.version === 1 && p.demo)).toBe(true);
    const shelters = await listResourcesFor(app.pipeline, { kind: "shelter" }, { role: "operator", id: "o" });
    expect(shelters.length).toBeGreaterThanOrEqual(60);
    expect(new Set(shelters.map((s) => s.state))).toEqual(new Set(["open", "closed"]));
    const seenByWater = await listResourcesFor(app.pipeline, {}, waterStaff);
    expect(new Set(seenByWater.map((r) => r.kind))).toEqual(new Set(["pump"]));
  });

  it("refuses an action on a version that is no longer current with 409 and what it is now", async () => {
    const depot = seeded.find((r) => r.kind === "sandbags" && r.code === "SD-0002")!;
    const emergency: Actor = { role: "department_staff", id: "user-rescue", department: "emergency" };
    const first = await applyResourceAction(app.pipeline, depot.id, { action: "take", amount: 100, expectedVersion: 1 }, emergency);
    expect(first).toMatchObject({ ok: true, resource: { version: 2, stock: depot.stock! - 100 } });
    const second = await applyResourceAction(app.pipeline, depot.id, { action: "take", amount: 100, expectedVersion: 1 }, emergency);
    expect(second).toMatchObject({ ok: false, status: 409, code: "version_conflict", current: { version: 2, state: "available" } });
    expect((await findResource(app.database.db, depot.id))?.stock).toBe(depot.stock! - 100);
  });

  it("sends the nearest available pump to a case, records it with its reason, pushes it to the screens, and has it back available after release", async () => {
    const fromSeq = await app.deltaLog.currentSeq();
    const place = { lat: 31.2304, lng: 121.4737 };
    const caseId = await caseAt(`${prefix}-flood`, place);
    const available = (await listResourcesFor(app.pipeline, { kind: "pump", state: "available" }, dispatcher)).filter((p) => (p.m3PerHour ?? 0) >= 1000);
    const nearest = available.reduce((a, b) => (haversineMeters(place, a) <= haversineMeters(place, b) ? a : b));

    const result = await dispatchResources(app.pipeline, [{ kind: "pump", caseId, minM3PerHour: 1000 }], dispatcher);
    expect(result.unassigned).toEqual([]);
    const [sent] = result.assigned;
    expect(sent?.resource).toMatchObject({ id: nearest.id, state: "en_route", version: 2, target: { caseId, lat: place.lat, lng: place.lng } });
    expect(sent?.reason).toMatchObject({ method: "nearest", considered: seeded.filter((r) => r.kind === "pump").length, eligible: available.length });

    const history = await listResourceHistory(app.database.db, nearest.id);
    expect(history).toEqual([
      expect.objectContaining({ actor: "dispatcher:user-dispatcher", action: "dispatch", fromState: "available", toState: "en_route", detail: expect.objectContaining({ target: expect.objectContaining({ caseId }), reason: expect.objectContaining({ method: "nearest" }) }) }),
    ]);

    const logged = await app.deltaLog.since(fromSeq);
    const resourceDeltas = logged.ok ? logged.deltas.filter((d) => d.kind === "resource") : [];
    expect(resourceDeltas.map((d) => d.kind === "resource" && [d.resource.id, d.resource.state])).toEqual([[nearest.id, "en_route"]]);

    // The crew (水务 staff) report from the field; the desk's pump goes home and is free again.
    let resource: ResourceSummary = sent!.resource;
    for (const action of ["arrive", "release", "back"] as const) {
      const outcome = await applyResourceAction(app.pipeline, nearest.id, { action, expectedVersion: resource.version }, waterStaff);
      if (!outcome.ok) throw new Error(`${action}: ${outcome.message}`);
      resource = outcome.resource;
    }
    expect(resource).toMatchObject({ state: "available", target: null, version: 5 });
    expect((await listResourceHistory(app.database.db, nearest.id)).map((h) => `${h.action}:${h.toState}`)).toEqual([
      "dispatch:en_route",
      "arrive:on_scene",
      "release:returning",
      "back:available",
    ]);
    const snapshot = await loadScreenSnapshot({ db: app.database.db, deltaLog: app.deltaLog, positions: app.positions }, new Date());
    expect(snapshot.resources.find((r) => r.id === nearest.id)).toMatchObject({ state: "available", version: 5 });
  });

  it("serves a burst of needs jointly, each with a different pump, and says which need found none", async () => {
    const spots = [
      { lat: 31.2, lng: 121.45 },
      { lat: 31.21, lng: 121.46 },
    ];
    const result = await dispatchResources(
      app.pipeline,
      [...spots.map((place) => ({ kind: "pump" as const, place })), { kind: "team" as const, place: spots[0]!, skill: "no_such_skill" }],
      dispatcher,
    );
    expect(result.assigned.map((a) => a.reason.method)).toEqual(["least-total-travel", "least-total-travel"]);
    expect(new Set(result.assigned.map((a) => a.resource.id)).size).toBe(2);
    expect(result.unassigned).toEqual([{ need: 2, code: "no_resource", message: expect.any(String) }]);
    expect(result.totalTravelMeters).toBe(result.assigned.reduce((sum, a) => sum + a.reason.travelMeters, 0));
  });

  it("keeps the history append-only", async () => {
    await expect(running.database.query("DELETE FROM resource_history")).rejects.toThrow(/append-only/);
  });
});
