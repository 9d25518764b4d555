import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { catalogue, grids, sensors } from "@/lib/city/shanghai";
import { eventReportSchema } from "@/lib/contracts/event-report";
import { createSeededRandom } from "@/scripts/simulator/model/seeded-random";
import { groundTruthCells } from "@/scripts/typhoon/ground-truth/cell-truth";
import { floodedCellsAfter, recordFloodHistory } from "@/scripts/typhoon/ground-truth/flood-history";
import { cityHazard, FLOODED_MM, rateMultiple } from "@/scripts/typhoon/scenario/event-rates";
import { cellRainAt, createRainField } from "@/scripts/typhoon/scenario/rain-field";
import { gaugeReadings, type Gauge } from "@/scripts/typhoon/scenario/gauge-readings";
import { replayStormFrom, type ReplayStormKey } from "@/scripts/typhoon/scenario/replay-storms";
import { DEMO_CITY_CENTRE, replayWindow } from "@/scripts/typhoon/scenario/replay-window";
import { typhoonScenario, type ReplayStep, type TyphoonScenarioConfig } from "@/scripts/typhoon/scenario/typhoon-scenario";

const csv = readFileSync("datasets/typhoon/best-tracks.csv", "utf8");
const cells = groundTruthCells(grids);
const gauges = sensors.filter((s) => s.kind === "rain_gauge" || s.kind === "water_level");

function config(key: ReplayStormKey, overrides: Partial<TyphoonScenarioConfig> = {}): TyphoonScenarioConfig {
  const storm = replayStormFrom(csv, key);
  return {
    storm,
    window: replayWindow(storm.storm, DEMO_CITY_CENTRE, 500)!,
    stepMinutes: 10,
    seed: "unit",
    cells,
    gauges,
    categories: catalogue,
    ordinaryPerHour: 3.2,
    clockOffsetMs: 0,
    runTag: "t",
    ...overrides,
  };
}

function take(steps: Generator<ReplayStep>, count: number): ReplayStep[] {
  const taken: ReplayStep[] = [];
  for (const step of steps) {
    taken.push(step);
    if (taken.length === count) break;
  }
  return taken;
}

// Whole storms over 6,000 cells take seconds.
describe("the typhoon replay's scenario", { timeout: 60_000 }, () => {
  it("walks In-Fa's days near Shanghai and Lekima's, and is the same for a seed and another for another", () => {
    const infa = config("infa");
    expect(new Date(infa.window.startMs).toISOString()).toBe("2021-07-24T08:00:00.000Z");
    expect(new Date(config("lekima").window.startMs).toISOString()).toBe("2019-08-09T04:00:00.000Z");

    const peak = { startMs: Date.UTC(2021, 6, 26, 0), endMs: Date.UTC(2021, 6, 26, 6) };
    const first = take(typhoonScenario({ ...infa, window: peak }), 37);
    expect(first).toHaveLength(37);
    expect(take(typhoonScenario({ ...infa, window: peak }), 37)).toEqual(first);
    const other = take(typhoonScenario({ ...infa, window: peak, seed: "other" }), 37);
    expect(other.map((s) => s.readings)).not.toEqual(first.map((s) => s.readings));

    // Readings of every rain and water-level gauge at every step; a forecast at 00 and 06 UTC only.
    expect(first.every((s) => s.readings.length === gauges.length)).toBe(true);
    expect(first.filter((s) => s.forecast).map((s) => s.forecast!.issuedAt)).toEqual(["2021-07-26T00:00:00.000Z", "2021-07-26T06:00:00.000Z"]);
    // What it posts passes the intake's own schema, on the categories of the demo catalogue.
    const events = first.flatMap((s) => s.events);
    expect(events.length).toBeGreaterThan(20);
    for (const event of events) expect(eventReportSchema.safeParse(event).success).toBe(true);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
  });

  it("stamps what it sends on the replay's clock", () => {
    const offset = Date.UTC(2026, 0, 1) - Date.UTC(2021, 6, 26);
    const [step] = take(typhoonScenario({ ...config("infa"), window: { startMs: Date.UTC(2021, 6, 26), endMs: Date.UTC(2021, 6, 26, 1) }, clockOffsetMs: offset }), 1);
    expect(step!.at).toBe("2026-01-01T00:00:00.000Z");
    expect(step!.forecast!.issuedAt).toBe("2026-01-01T00:00:00.000Z");
    expect(step!.forecast!.points[1]!.validAt).toBe("2026-01-01T12:00:00.000Z");
    // In-Fa over Shanghai: the first step finds the typhoon signal already called for and issues it, in CAP's Beijing time.
    expect(step!.warning).toMatchObject({ msgType: "Alert", sent: "2026-01-01T08:00:00+08:00", infos: [{ event: "台风橙色预警" }] });
  });

  it("raises water-level gauges where rain runs in faster than the ground drains, and leaves the others dry", () => {
    const steps = [...typhoonScenario({ ...config("infa"), window: { startMs: Date.UTC(2021, 6, 25, 12), endMs: Date.UTC(2021, 6, 26, 9) }, stepMinutes: 15 })];
    const truthOf = new Map(cells.map((c) => [c.cell, c]));
    const levels = gauges.filter((g) => g.kind === "water_level");
    const deepest = new Map(levels.map((g) => [g.id, Math.max(...steps.map((s) => s.readings.find((r) => r.sensorId === g.id)!.value))]));
    const overwhelmed = levels.filter((g) => {
      const truth = truthOf.get(g.gridCell)!;
      return truth.catchmentFactor * truth.runoffCoefficient * 15 > 1.5 * truth.drainageCapacityMmH;
    });
    const ample = levels.filter((g) => {
      const truth = truthOf.get(g.gridCell)!;
      return truth.catchmentFactor * truth.runoffCoefficient * 40 < truth.drainageCapacityMmH;
    });
    expect(overwhelmed.length).toBeGreaterThan(3);
    expect(ample.length).toBeGreaterThan(20);
    expect(overwhelmed.filter((g) => deepest.get(g.id)! > 15).length / overwhelmed.length).toBeGreaterThan(0.5);
    expect(ample.every((g) => deepest.get(g.id)! < 3)).toBe(true);
    // Rain gauges read rain that is there: tens of mm/h at In-Fa's closest.
    const rainAtPeak = steps.at(-1)!.readings.filter((r) => r.sensorId.startsWith("RG-")).map((r) => r.value);
    expect(Math.max(...rainAtPeak)).toBeGreaterThan(15);
  });

  it("finds the water that had gathered when started mid-storm", () => {
    const infa = config("infa");
    const window = { startMs: Date.UTC(2021, 6, 26, 3), endMs: Date.UTC(2021, 6, 26, 4) };
    const levels = (step: ReplayStep) => step.readings.filter((r) => r.sensorId.startsWith("WL-")).map((r) => r.value);
    const [dry] = take(typhoonScenario({ ...infa, window }), 1);
    const [wet] = take(typhoonScenario({ ...infa, window, dryAtMs: infa.window.startMs }), 1);
    expect(Math.max(...levels(dry!))).toBeLessThan(3);
    expect(levels(wet!).filter((cm) => cm > 15).length).toBeGreaterThan(0);
  });

  it("reads gauges as the truth they stand in, with a gauge's small error", () => {
    const gauge = (id: string, kind: Gauge["kind"], gridCell: string): Gauge => ({ id, kind, lat: 31.2, lng: 121.5, gridCell });
    const readings = gaugeReadings(
      [gauge("RG-1", "rain_gauge", "a"), gauge("WL-1", "water_level", "a"), gauge("WL-2", "water_level", "b"), gauge("WM-1", "water_meter", "a")],
      { rainMmHAt: () => 40, waterDepthMmIn: (cell) => (cell === "a" ? 250 : 0) },
      createSeededRandom("gauges"),
    );
    expect(readings.map((r) => r.sensorId)).toEqual(["RG-1", "WL-1", "WL-2"]);
    expect(readings[0]!.value).toBeGreaterThan(34);
    expect(readings[0]!.value).toBeLessThan(46);
    expect(Math.abs(readings[1]!.value - 25)).toBeLessThan(2);
    expect(readings[2]!.value).toBeLessThan(2);
    expect(readings[2]!.value).toBeGreaterThanOrEqual(0);
  });

  it.each(["infa", "lekima"] as const)("brings %s's reports to 10–50 times the ordinary at its peak, and about the ordinary when calm", (key) => {
    const steps = [...typhoonScenario({ ...config(key), gauges: [], stepMinutes: 30 })];
    const multiples = steps.map((s) => s.rateMultiple);
    const peak = Math.max(...multiples);
    expect(peak).toBeGreaterThanOrEqual(10);
    expect(peak).toBeLessThanOrEqual(50);
    expect(multiples[0]).toBeLessThan(1.5);
    expect(rateMultiple(cityHazard({ timeMs: 0, windMs: new Float64Array(10), rainMmH: new Float64Array(10) }, new Float64Array(10)))).toBe(1);
    // The reports follow: the peak's six hours bring many times the first six hours' reports.
    const peakIndex = multiples.indexOf(peak);
    const count = (from: number) => steps.slice(from, from + 12).reduce((n, s) => n + s.events.length, 0);
    expect(count(Math.max(1, peakIndex - 6))).toBeGreaterThan(5 * Math.max(1, count(1)));
  });

  it("places waterlogging and flooded homes where the ground truth floods", () => {
    const steps = [...typhoonScenario({ ...config("infa"), gauges: [], stepMinutes: 30, window: { startMs: Date.UTC(2021, 6, 25, 12), endMs: Date.UTC(2021, 6, 26, 12) } })];
    const truthOf = new Map(cells.map((c) => [c.cell, c]));
    const nearest = (lat: number, lng: number) => cells.reduce((best, c) => (Math.hypot(c.lat - lat, c.lng - lng) < Math.hypot(best.lat - lat, best.lng - lng) ? c : best));
    const late = steps.slice(-12).flatMap((s) => s.events);
    const waterlogging = late.filter((e) => e.category === "road_waterlogging" || e.category === "home_flooding");
    expect(waterlogging.length).toBeGreaterThan(20);
    const inLowOrBlocked = waterlogging.filter((e) => {
      const truth = truthOf.get(nearest(e.location!.lat, e.location!.lng).cell)!;
      return truth.catchmentFactor * truth.runoffCoefficient > truth.drainageCapacityMmH / 15;
    });
    expect(inLowOrBlocked.length / waterlogging.length).toBeGreaterThan(0.6);
  });
});

describe("the ground truth's history for a backtest", { timeout: 60_000 }, () => {
  it("is the water the replay's gauges and reports saw, from the same storm, seed and steps", () => {
    const infa = config("infa", { gauges: [] });
    const window = { startMs: Date.UTC(2021, 6, 25, 18), endMs: Date.UTC(2021, 6, 26, 6) };
    const dryAtMs = Date.UTC(2021, 6, 25, 6);
    const steps = [...typhoonScenario({ ...infa, window, dryAtMs })];
    const rainAt = cellRainAt(infa.storm.storm, createRainField(infa.storm.rainEnhancement, infa.seed), cells);
    const history = recordFloodHistory(cells, rainAt, { startMs: dryAtMs, endMs: window.endMs, stepMs: 10 * 60_000 });
    for (const step of steps.slice(1)) {
      const k = history.timesMs.indexOf(step.stormTimeMs);
      const flooded = history.depthsMm[k]!.filter((mm) => mm > FLOODED_MM).length / cells.length;
      expect(flooded).toBeCloseTo(step.hazard.floodedShare, 3);
    }
    expect(steps.at(-1)!.hazard.floodedShare).toBeGreaterThan(0.01);
    expect(floodedCellsAfter(history, window.startMs, 6, FLOODED_MM).size).toBeGreaterThan(60);
  });
});
