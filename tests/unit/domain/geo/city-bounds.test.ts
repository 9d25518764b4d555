import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cityBounds } from "@/lib/city/shanghai/bounds";
import type { WorkerPosition } from "@/lib/contracts/worker-summary";
import { boundsOfCoordinates, firstOutside, widenBounds } from "@/lib/domain/geo/city-bounds";
import { haversineMeters } from "@/lib/domain/dispatch/travel-distance";

const box = { south: 31, west: 121, north: 32, east: 122 };
const at = (lat: number, lng: number): WorkerPosition => ["W0001", lat, lng];

describe("city bounds", () => {
  it("bounds every point of nested GeoJSON coordinates", () => {
    const polygon = [[[121, 31], [122, 31.5], [121.5, 32], [121, 31]]];
    const island = [[[122.5, 30.5], [122.6, 30.5], [122.6, 30.6], [122.5, 30.5]]];
    expect(boundsOfCoordinates([polygon, island])).toEqual({ south: 30.5, west: 121, north: 32, east: 122.6 });
  });

  it("widens by at least the margin on every side", () => {
    const wide = widenBounds(box, 50);
    const aboutFiftyKm = (meters: number) => Math.abs(meters - 50_000) < 250;
    expect(aboutFiftyKm(haversineMeters({ lat: box.north, lng: 121.5 }, { lat: wide.north, lng: 121.5 }))).toBe(true);
    expect(aboutFiftyKm(haversineMeters({ lat: box.south, lng: 121.5 }, { lat: wide.south, lng: 121.5 }))).toBe(true);
    for (const lat of [box.south, box.north]) {
      expect(haversineMeters({ lat, lng: box.east }, { lat, lng: wide.east })).toBeGreaterThanOrEqual(49_900);
      expect(haversineMeters({ lat, lng: box.west }, { lat, lng: wide.west })).toBeGreaterThanOrEqual(49_900);
    }
  });

  it("names the first position outside, on any side, and none when all are inside", () => {
    expect(firstOutside([at(31.5, 121.5), at(31, 122)], box)).toBeNull();
    expect(firstOutside([at(31.5, 121.5), at(32.01, 121.5), at(0, 0)], box)).toBe(1);
    expect(firstOutside([at(30.99, 121.5)], box)).toBe(0);
    expect(firstOutside([at(31.5, 120.99)], box)).toBe(0);
    expect(firstOutside([at(31.5, 122.01)], box)).toBe(0);
  });

  it("keeps Shanghai's box that of its district boundaries, around its centre", () => {
    const geo = JSON.parse(readFileSync("public/city/districts.geojson", "utf8")) as { features: { geometry: { coordinates: unknown[] } }[] };
    expect(cityBounds).toEqual(boundsOfCoordinates(geo.features.map((f) => f.geometry.coordinates)));
    expect(firstOutside([at(31.2304, 121.4737)], cityBounds)).toBeNull();
    expect(firstOutside([at(39.9042, 116.4074)], widenBounds(cityBounds, 50))).toBe(0);
  });
});
