/**
 * The backtest of one storm, given what the city receives step by step and, hidden from the model, which
 * cells really flooded after each moment. At every whole storm hour the model scores every cell from the
 * observations up to that hour only; the pairs (cell, hour) of the whole storm are pooled per horizon and
 * the ranking is judged against the truth, beside the rain-only baseline in the same pairs.
 */
import { latLngToCell } from "h3-js";
import type { EventReport } from "@/lib/contracts";
import type { Forecast } from "@/lib/contracts/forecast";
import { createCityObservations } from "@/lib/domain/risk/city-observations";
import { scoreCells, type RiskMap } from "@/lib/domain/risk/risk-map";
import { rocAuc } from "@/lib/domain/risk/roc-auc";
import { verifyTopShare } from "@/lib/domain/risk/top-share-verification";
import { WATER_REPORT_CATEGORIES } from "@/lib/domain/risk/water-report-categories";

const HOUR_MS = 3_600_000;
const GRID_RESOLUTION = 9;
export const TOP_SHARE = 0.1;

export interface ObservedStep {
  stormTimeMs: number;
  forecast: Forecast | null;
  readings: readonly { sensorId: string; value: number }[];
  events: readonly Pick<EventReport, "category" | "location">[];
}

export interface BacktestInput {
  steps: Iterable<ObservedStep>;
  cells: readonly { cell: string }[];
  riskMap: RiskMap;
  horizonsHours: readonly number[];
  /** The storm hours to score at; a moment is scored only once the truth covers its longest horizon. */
  scoreFromMs: number;
  truthEndMs: number;
  /** Hidden truth: whether each cell (in `cells` order) flooded in (atMs, atMs + hours]. */
  floodedAfter(atMs: number, hours: number): readonly boolean[];
}

export interface Verification {
  auc: number;
  hitTop10: number;
  falseAlarmRate: number;
}

export interface HorizonResult {
  horizonHours: number;
  pairs: number;
  flooded: number;
  model: Verification;
  baseline: Verification;
}

export function runBacktest(input: BacktestInput): HorizonResult[] {
  const observations = createCityObservations();
  const longest = Math.max(...input.horizonsHours);
  const pooled = input.horizonsHours.map(() => ({ model: [] as number[], baseline: [] as number[], labels: [] as boolean[] }));

  for (const step of input.steps) {
    for (const reading of step.readings) observations.addReading(reading.sensorId, step.stormTimeMs, reading.value);
    if (step.forecast) observations.addForecast(step.forecast);
    for (const event of step.events) {
      if (WATER_REPORT_CATEGORIES.has(event.category) && event.location) observations.addWaterReport(latLngToCell(event.location.lat, event.location.lng, GRID_RESOLUTION), step.stormTimeMs);
    }
    const atMs = step.stormTimeMs;
    if (atMs % HOUR_MS !== 0 || atMs < input.scoreFromMs || atMs + longest * HOUR_MS > input.truthEndMs) continue;

    const baseline = input.riskMap.rainLastHourAt(observations, atMs);
    const inputs = input.riskMap.inputsAt(observations, atMs, input.horizonsHours);
    input.horizonsHours.forEach((hours, h) => {
      const labels = input.floodedAfter(atMs, hours);
      const pool = pooled[h]!;
      scoreCells(inputs[h]!).forEach((risk, i) => {
        pool.model.push(risk.score);
        pool.baseline.push(baseline[i]!);
        pool.labels.push(labels[i] === true);
      });
    });
  }

  return input.horizonsHours.map((horizonHours, h) => {
    const { model, baseline, labels } = pooled[h]!;
    return { horizonHours, pairs: labels.length, flooded: labels.filter(Boolean).length, model: verify(model, labels), baseline: verify(baseline, labels) };
  });
}

function verify(scores: readonly number[], labels: readonly boolean[]): Verification {
  const top = verifyTopShare(scores, labels, TOP_SHARE);
  return { auc: rocAuc(scores, labels), hitTop10: top.hitRate, falseAlarmRate: top.falseAlarmRate };
}

export function backtestLine(storm: string, result: HorizonResult): string {
  const f = (x: number) => (Number.isNaN(x) ? "nan" : x.toFixed(2));
  return (
    `risk backtest: storm=${storm} horizon=${result.horizonHours}h auc=${f(result.model.auc)} baseline_auc=${f(result.baseline.auc)} ` +
    `hit_top10=${f(result.model.hitTop10)} baseline_hit_top10=${f(result.baseline.hitTop10)} false_alarm_rate=${f(result.model.falseAlarmRate)}`
  );
}
