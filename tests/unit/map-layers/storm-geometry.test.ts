import { describe, expect, it } from "vitest";
import { coneRadiusAt, coneRing, destination, distanceKm, pointLngLat, windRadiiRing, type LngLat } from "@/app/_map/storm-geometry";
import { cityCentre, stormViewAt } from "@/app/_map/storm-view";
import { aForecast, aStoredForecast } from "../typhoon/forecast-fixture";

const centre: LngLat = [122, 30];

describe("storm geometry", () => {
  it("goes a distance on a bearing and measures it back (100 km north is about 0.9° of latitude)", () => {
    const north = destination(centre, 0, 100);
    expect(north[0]).toBeCloseTo(122, 6);
    expect(north[1]).toBeCloseTo(30.8993, 3);
    expect(distanceKm(centre, destination(centre, 137, 250))).toBeCloseTo(250, 6);
  });

  it("reads JMA's 0–360 longitudes as −180…180", () => {
    expect(pointLngLat({ lat: 10, lon: 200 })).toEqual([-160, 10]);
    expect(pointLngLat({ lat: 10, lon: 121 })).toEqual([121, 10]);
  });

  it("draws wind radii quadrant by quadrant, each at its own reach, closed", () => {
    const ring = windRadiiRing(centre, { northEast: 300, southEast: 200, southWest: 100, northWest: 50 })!;
    expect(ring[0]).toEqual(ring.at(-1));
    const reaches = ring.slice(0, -1).map((p) => Math.round(distanceKm(centre, p)));
    // Ten-degree steps: ten points per quadrant, NE, SE, SW, NW in turn.
    expect(reaches.slice(0, 10).every((r) => r === 300)).toBe(true);
    expect(reaches.slice(10, 20).every((r) => r === 200)).toBe(true);
    expect(reaches.slice(20, 30).every((r) => r === 100)).toBe(true);
    expect(reaches.slice(30, 40).every((r) => r === 50)).toBe(true);
    // Due east of the centre lies in the north-east quadrant's arc.
    expect(ring[9]![0]).toBeGreaterThan(centre[0]);
    expect(windRadiiRing(centre, { northEast: 0, southEast: 0, southWest: 0, northWest: 0 })).toBeNull();
  });

  it("widens the cone by its radius at each lead time, linear between the given leads", () => {
    const cone = [
      { leadHours: 0, radiusKm: 0 },
      { leadHours: 24, radiusKm: 100 },
      { leadHours: 48, radiusKm: 200 },
    ];
    expect(coneRadiusAt(cone, 12)).toBe(50);
    expect(coneRadiusAt(cone, 72)).toBe(200);
    const track = [0, 24, 48].map((leadHours) => ({ leadHours, lat: 30 + leadHours / 24, lon: 122 }));
    const ring = coneRing(track, cone)!;
    expect(ring[0]).toEqual(ring.at(-1));
    // Heading north: the left edge lies west of the track by the radius, the right edge east.
    const [leftAt24, leftAt48] = [ring[1]!, ring[2]!];
    expect(distanceKm(leftAt24, [122, 31])).toBeCloseTo(100, 0);
    expect(leftAt24[0]).toBeLessThan(122);
    expect(distanceKm(leftAt48, [122, 32])).toBeCloseTo(200, 0);
    const rightAt48 = ring[ring.length - 4]!;
    expect(rightAt48[0]).toBeGreaterThan(122);
    expect(distanceKm(rightAt48, [122, 32])).toBeCloseTo(200, 0);
    // The cap round the last point stays at its radius.
    for (const p of ring.slice(3, ring.length - 4)) expect(distanceKm(p, [122, 32])).toBeCloseTo(200, 0);
    expect(coneRing(track.slice(0, 1), cone)).toBeNull();
  });
});

describe("stormViewAt", () => {
  const forecasts = [
    aStoredForecast("a1a0fd72-81fa-5e9e-9b6e-5dd984b23b6d", aForecast("2021-07-24T00:00:00Z", 27, 125)),
    aStoredForecast("b2a0fd72-81fa-5e9e-9b6e-5dd984b23b6d", aForecast("2021-07-24T06:00:00Z", 27.5, 124.5)),
  ];

  it("live: the last issue's analysis, with its past track, radii, forecast track and cone", () => {
    const view = stormViewAt(forecasts, null)!;
    expect(view.name).toBe("烟花 In-Fa");
    expect(view.position).toEqual([124.5, 27.5]);
    expect(view.pastTrack).toEqual([
      [125, 27],
      [124.5, 27.5],
      [124.5, 27.5],
    ]);
    expect(view.maxWindMs).toBe(40);
    expect(view.distanceToCityKm).toBeCloseTo(distanceKm([124.5, 27.5], cityCentre), 6);
    expect(view.galeRing).not.toBeNull();
    expect(view.stormRing).not.toBeNull();
    expect(view.forecastTrack).toHaveLength(4);
    expect(view.coneRing).not.toBeNull();
  });

  it("replayed: follows the forecast in force along its track to the instant, and knows nothing before the first issue", () => {
    const view = stormViewAt(forecasts, Date.parse("2021-07-24T03:00:00Z"))!;
    expect(view.issuedAt).toBe("2021-07-24T00:00:00Z");
    expect(view.position[1]).toBeCloseTo(27.25, 6);
    expect(view.position[0]).toBeCloseTo(124.75, 6);
    expect(view.maxWindMs).toBeCloseTo(39.25, 6);
    expect(stormViewAt(forecasts, Date.parse("2021-07-23T23:00:00Z"))).toBeNull();
    expect(stormViewAt([], null)).toBeNull();
  });
});
