import { readFileSync } from "node:fs";
import { booleanPointInPolygon } from "@turf/turf";
import { describe, expect, it } from "vitest";
import { districts, resources } from "@/lib/city/shanghai";
import { departments } from "@/lib/city/shanghai/catalogue";
import { resourceIdForCode } from "@/lib/domain/ids";

const boundaries = JSON.parse(readFileSync(new URL("../../../public/city/districts.geojson", import.meta.url), "utf8")) as {
  features: { properties: { adcode: number }; geometry: { type: "MultiPolygon"; coordinates: number[][][][] } }[];
};

describe("the demo city's emergency resources", () => {
  const ofKind = (kind: string) => resources.filter((r) => r.kind === kind);

  it("has at least 60 shelters, 40 pump trucks, 20 sandbag depots and 30 rescue teams, and some vehicles, each kind in all 16 districts", () => {
    const least = { shelter: 60, pump: 40, sandbags: 20, team: 30, vehicle: 1 };
    for (const [kind, count] of Object.entries(least)) {
      expect(ofKind(kind).length, kind).toBeGreaterThanOrEqual(count);
      expect(new Set(ofKind(kind).map((r) => r.district)).size, kind).toBe(districts.length);
    }
  });

  it("marks every one as demo data, with a unique code and the id derived from it, run by a known department", () => {
    const known = new Set(departments.map((d) => d.code));
    expect(new Set(resources.map((r) => r.code)).size).toBe(resources.length);
    for (const r of resources) {
      expect(r.demo).toBe(true);
      expect(r.id, r.code).toBe(resourceIdForCode(r.code));
      expect(known.has(r.department), r.code).toBe(true);
    }
  });

  it("places each inside its own district", () => {
    const shapes = new Map(boundaries.features.map((f) => [f.properties.adcode, f.geometry]));
    const outside = resources.filter((r) => !booleanPointInPolygon([r.lng, r.lat], shapes.get(r.district)!));
    expect(outside.map((r) => r.code)).toEqual([]);
  });

  it("gives each kind what it is measured by: shelters places, pumps m³/h, depots stock, teams members and skills", () => {
    for (const s of ofKind("shelter")) expect(s.capacity! > 0 && s.occupancy === 0 && ["open", "closed"].includes(s.state), s.code).toBe(true);
    for (const p of ofKind("pump")) expect(p.m3PerHour, p.code).toBeGreaterThan(0);
    for (const d of ofKind("sandbags")) expect(d.stock, d.code).toBeGreaterThan(0);
    for (const t of ofKind("team")) expect(t.members! > 0 && t.skills.length >= 2, t.code).toBe(true);
  });
});
