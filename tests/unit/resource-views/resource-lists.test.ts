import { describe, expect, it } from "vitest";
import { filterResources, statesOfKind, upsertResource } from "@/app/_resources/resource-filter";
import { resourcesNear, resourcesOnCase } from "@/app/_resources/resources-near";
import { aResource } from "./resource-fixtures";

const CASE = "11111111-1111-4111-8111-111111111111";
const at = { lat: 31.23, lng: 121.47 };
/** About `km` kilometres north of the case. */
const north = (km: number) => ({ lat: at.lat + km / 111.2, lng: at.lng });

describe("resourcesNear", () => {
  it("keeps those sent to the case wherever they are, then the nearest within reach, up to the limit", () => {
    const sent = aResource({ kind: "pump", state: "en_route", ...north(20), target: { caseId: CASE, lat: at.lat, lng: at.lng, label: "C-1" } });
    const near = aResource({ kind: "team", state: "available", ...north(0.5) });
    const nearer = aResource({ kind: "pump", state: "available", ...north(0.2) });
    const far = aResource({ kind: "pump", state: "available", ...north(8) });
    const third = aResource({ kind: "vehicle", state: "available", ...north(1) });
    expect(resourcesNear([far, near, sent, nearer, third], CASE, at, 5_000, 3).map((r) => r.id)).toEqual([sent.id, nearer.id, near.id]);
    expect(resourcesOnCase([far, sent, near], CASE)).toEqual([sent]);
  });
});

describe("filterResources", () => {
  it("lists one kind, those out on a job first, then by code; state and district narrow it", () => {
    const idle = aResource({ kind: "pump", state: "available", code: "PT-0001" });
    const out = aResource({ kind: "pump", state: "on_scene", code: "PT-0009" });
    const elsewhere = aResource({ kind: "pump", state: "available", code: "PT-0002", district: 310115 });
    const team = aResource({ kind: "team", state: "available" });
    const all = [idle, team, elsewhere, out];
    expect(filterResources(all, { kind: "pump", state: null, district: null })).toEqual([out, idle, elsewhere]);
    expect(filterResources(all, { kind: "pump", state: "available", district: 310115 })).toEqual([elsewhere]);
    expect(statesOfKind("shelter")).toEqual(["open", "full", "closed"]);
  });
});

describe("upsertResource", () => {
  it("replaces an older version, ignores a stale one, adds a new resource", () => {
    const v1 = aResource({ kind: "shelter", state: "open", capacity: 10, occupancy: 1 });
    const v2 = { ...v1, version: 2, occupancy: 5 };
    const list = [v1];
    expect(upsertResource(list, v2)).toEqual([v2]);
    const current = upsertResource(list, v2);
    expect(upsertResource(current, v1)).toBe(current);
    const other = aResource({ kind: "team", state: "available" });
    expect(upsertResource(current, other)).toEqual([v2, other]);
  });
});
