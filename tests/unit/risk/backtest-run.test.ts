import { describe, expect, it } from "vitest";
import { createCityObservations } from "@/lib/domain/risk/city-observations";
import { createRiskMap, type RiskCell } from "@/lib/domain/risk/risk-map";
import { backtestLine, runBacktest, type ObservedStep } from "@/scripts/risk/backtest-run";

const HOUR_MS = 3_600_000;
const START_MS = Date.parse("2021-07-25T00:00:00Z");

/** Four cells under one rain gauge: the same rain everywhere, two of them in a hollow. */
const cells: RiskCell[] = [0, 1, 2, 3].map((k) => ({
  cell: `cell-${k}`,
  lat: 31.2 + k * 0.002,
  lng: 121.4,
  drainageMmH: 36,
  lowness: k < 2 ? 0.9 : 0,
  pastWaterloggingReports: 0,
  vulnerableHouseholds: 0,
}));

function steps(rainMmH: number, hours: number): ObservedStep[] {
  return Array.from({ length: hours * 6 + 1 }, (_, k) => ({
    stormTimeMs: START_MS + k * 10 * 60_000,
    forecast: null,
    readings: [{ sensorId: "RG-1", value: rainMmH }],
    events: [],
  }));
}

describe("risk backtest of a storm", () => {
  it("pools every cell at every scored hour, and ranks by the ground where the rain alone cannot", () => {
    const riskMap = createRiskMap(cells, [{ id: "RG-1", lat: 31.203, lng: 121.4 }], []);
    const asked: number[] = [];
    const results = runBacktest({
      steps: steps(40, 6),
      cells,
      riskMap,
      horizonsHours: [1, 3],
      scoreFromMs: START_MS + HOUR_MS,
      truthEndMs: START_MS + 6 * HOUR_MS,
      floodedAfter: (atMs, hours) => {
        asked.push(atMs + hours * HOUR_MS);
        return cells.map((c) => c.lowness > 0.5);
      },
    });
    // Scored at hours 1, 2, 3 (hour 4 would need the truth to hour 7 for the 3 h horizon).
    expect(results.map((r) => r.pairs)).toEqual([12, 12]);
    expect(Math.max(...asked)).toBe(START_MS + 6 * HOUR_MS);
    for (const result of results) {
      expect(result.flooded).toBe(6);
      expect(result.model.auc).toBe(1);
      expect(result.baseline.auc).toBe(0.5);
    }
    expect(backtestLine("infa", results[0]!)).toBe(
      `risk backtest: storm=infa horizon=1h auc=1.00 baseline_auc=0.50 hit_top10=${results[0]!.model.hitTop10.toFixed(2)} baseline_hit_top10=1.00 false_alarm_rate=${results[0]!.model.falseAlarmRate.toFixed(2)}`,
    );
  });

  it("reads the rain that fell, not the rain to come", () => {
    const observations = createCityObservations();
    observations.addReading("RG-1", START_MS + 30 * 60_000, 10);
    observations.addReading("RG-1", START_MS + 60 * 60_000, 20);
    observations.addReading("RG-1", START_MS + 90 * 60_000, 500);
    expect(observations.meanReading("RG-1", START_MS, START_MS + HOUR_MS)).toBe(15);
    expect(observations.lastReading("RG-1", START_MS + HOUR_MS)).toEqual({ atMs: START_MS + HOUR_MS, value: 20 });
    const riskMap = createRiskMap(cells, [{ id: "RG-1", lat: 31.203, lng: 121.4 }], []);
    expect([...riskMap.rainLastHourAt(observations, START_MS + HOUR_MS)]).toEqual([15, 15, 15, 15]);
  });
});
