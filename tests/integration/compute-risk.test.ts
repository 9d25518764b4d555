import { cellToLatLng } from "h3-js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Publishable } from "@/lib/realtime/case-change";
import type { ScreenPublisher } from "@/lib/realtime/screen-publisher";
import { demoCareHouseholds } from "@/lib/city/shanghai/care-households";
import { seedDemoCareHouseholds } from "@/lib/db/seed-care-demo";
import { insertForecast } from "@/lib/db/repositories/forecasts.repository";
import { insertReadings } from "@/lib/db/repositories/sensor-readings.repository";
import { latestRiskComputation } from "@/lib/db/repositories/risk.repository";
import { polarOffset } from "@/lib/domain/typhoon/polar-offset";
import { computeRisk, RISK_CELLS_PUSHED, RISK_SCORE_FLOOR } from "@/lib/pipeline/compute-risk";
import { createCityDatabase, type CityDatabase } from "../support/city-database";
import { heavyRainReadings, passingStormForecast, RAINED_ON_GAUGES } from "../support/risk-inputs";

function kmToRainedOnGauges(cell: string): number {
  const [lat, lon] = cellToLatLng(cell);
  return Math.min(...RAINED_ON_GAUGES.map((g) => {
    const [gLat, gLon] = cellToLatLng(g.gridCell);
    return polarOffset({ lat: gLat, lon: gLon }, { lat, lon }).distanceKm;
  }));
}

/** Publishes into a list: this test reads what computeRisk hands the screens, not how Redis carries it. */
function recordingPublisher(published: Publishable[]): ScreenPublisher {
  return {
    async publish(items) {
      published.push(...items);
      return [];
    },
    publishPositions: () => undefined,
    publishKpi: () => undefined,
    publishSensorValues: () => undefined,
  };
}

describe("computing the risk map from the database", () => {
  let city: CityDatabase;
  const now = new Date();

  beforeAll(async () => {
    city = await createCityDatabase();
    const { readings } = heavyRainReadings(now, RAINED_ON_GAUGES.map((g) => g.id), 90, 3);
    await insertReadings(city.handle.db, { sensorIds: readings.map((r) => r.sensorId), measuredAt: readings.map((r) => r.measuredAt), values: readings.map((r) => r.value) });
    // Two registered households moved (for this test) into the first rained-on gauge's cell.
    const moved = demoCareHouseholds.slice(0, 2).map((h) => ({ ...h, waterMeter: { ...h.waterMeter, gridCell: RAINED_ON_GAUGES[0].gridCell } }));
    await seedDemoCareHouseholds(city.handle.db, moved, now);
    // Two open 积水 reports in the second gauge's cell, one settled there and a gauge's own alarm: two count.
    const report = (n: number, stage: string, channel: string) => ({
      id: `00000000-0000-4000-8000-00000000010${n}`,
      code: `R-${n}`,
      category: "road_waterlogging",
      channel,
      priority: "high",
      stage,
      description: "积水",
      department: "water",
      grid_cell: RAINED_ON_GAUGES[1].gridCell,
      lat: 31.14543,
      lng: 121.43854,
      district: 310104,
      created_at: new Date(now.getTime() - n * 60_000),
      updated_at: now,
    });
    await city.handle.db
      .insertInto("cases")
      .values([report(1, "accepted", "hotline"), report(2, "dispatched", "resident_app"), report(3, "closed", "hotline"), report(4, "accepted", "sensor")])
      .execute();
    await insertForecast(city.handle.db, { id: "00000000-0000-4000-8000-000000000019", forecast: passingStormForecast(now), receivedAt: now });
  });
  afterAll(async () => city?.drop());

  it("ranks the rained-on cells first with their reasons in numbers, stores each horizon and pushes the top cells", async () => {
    const published: Publishable[] = [];
    const computations = await computeRisk({ db: city.handle.db, publisher: recordingPublisher(published), clock: () => now, slaMinuteMs: 60_000 });

    expect(computations.map((c) => c.horizonHours)).toEqual([1, 3, 6]);
    const oneHour = computations[0]!;
    expect(oneHour.cells.length).toBeGreaterThan(0);
    expect(oneHour.cells.every((c) => c.score >= RISK_SCORE_FLOOR)).toBe(true);
    // The top ten lie within 3 km of the rained-on gauges; the rest of the city had no rain.
    for (const c of oneHour.cells.slice(0, 10)) expect(kmToRainedOnGauges(c.cell), c.cell).toBeLessThan(3);
    expect(oneHour.cells.map((c) => c.cell)).toEqual(expect.arrayContaining(RAINED_ON_GAUGES.map((g) => g.gridCell)));
    const first = oneHour.cells[0]!;
    // Each cell names the district the grid places it in, for the wall screen's list.
    const grid = await city.handle.db.selectFrom("grids").select("district").where("cell", "=", first.cell).executeTakeFirstOrThrow();
    expect(first.district).toBe(grid.district);
    const rain = first.reasons.find((r) => r.kind === "rain");
    const standing = first.reasons.find((r) => r.kind === "standing");
    expect(rain && rain.kind === "rain" && rain.expectedMm).toBeGreaterThan(40);
    expect(standing && standing.kind === "standing" && standing.mm).toBeGreaterThan(20);
    const householdsCell = oneHour.cells.find((c) => c.cell === RAINED_ON_GAUGES[0].gridCell)!;
    expect(householdsCell.reasons).toContainEqual({ kind: "vulnerable_households", count: 2 });
    const reportedCell = oneHour.cells.find((c) => c.cell === RAINED_ON_GAUGES[1].gridCell)!;
    expect(reportedCell.reasons).toContainEqual({ kind: "reported_now", count: 2 });
    // The newest input was the last reading, at `now`.
    expect(oneHour.inputsAsOf.getTime()).toBe(now.getTime());

    const stored = await latestRiskComputation(city.handle.db, 3);
    expect(stored?.computedAt.getTime()).toBe(now.getTime());
    expect(stored?.cells).toEqual(computations[1]!.cells);

    expect(published).toHaveLength(1);
    const delta = published[0]!;
    expect(delta.kind).toBe("risk");
    if (delta.kind !== "risk") return;
    expect(delta.risk.horizons.map((h) => h.horizon)).toEqual(["1h", "3h", "6h"]);
    expect(delta.risk.horizons[0]!.cells).toEqual(oneHour.cells.slice(0, RISK_CELLS_PUSHED));
  });

  it("answers a past moment with the computation in force then", async () => {
    expect(await latestRiskComputation(city.handle.db, 1, new Date(now.getTime() - 1))).toBeNull();
    expect((await latestRiskComputation(city.handle.db, 1, now))?.computedAt.getTime()).toBe(now.getTime());
  });

  it("looks from the gateways' clock: a time-lapsed night stamped ahead of the server is scored at its newest reading", async () => {
    const stormNow = new Date(now.getTime() + 5 * 3_600_000);
    const { readings } = heavyRainReadings(stormNow, ["RG-0002"], 90, 3);
    await insertReadings(city.handle.db, { sensorIds: readings.map((r) => r.sensorId), measuredAt: readings.map((r) => r.measuredAt), values: readings.map((r) => r.value) });
    const computedAt = new Date(now.getTime() + 60_000);
    const [oneHour] = await computeRisk({ db: city.handle.db, publisher: recordingPublisher([]), clock: () => computedAt, slaMinuteMs: 60_000 });
    expect(oneHour!.computedAt.getTime()).toBe(computedAt.getTime());
    expect(oneHour!.inputsAsOf.getTime()).toBe(stormNow.getTime());
    // RG-0002's cell is where it rains now; at the first gauges the rain stopped five storm hours ago.
    const expectedRainMm = (cell: string) => {
      const reason = oneHour!.cells.find((c) => c.cell === cell)?.reasons.find((r) => r.kind === "rain");
      return reason?.kind === "rain" ? reason.expectedMm : 0;
    };
    expect(oneHour!.cells.slice(0, 10).map((c) => c.cell)).toContain("8930995a463ffff");
    expect(expectedRainMm("8930995a463ffff")).toBeGreaterThan(40);
    expect(expectedRainMm(RAINED_ON_GAUGES[0].gridCell)).toBeLessThan(5);
  });
});
