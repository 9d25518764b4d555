import type { Kysely } from "kysely";
import { riskHorizons, riskHorizonHours, type RiskCell, type RiskTop } from "@/lib/contracts/risk";
import { forecastBefore, forecastsIssuedBetween } from "@/lib/db/repositories/forecasts.repository";
import { insertRiskComputations, type RiskComputation } from "@/lib/db/repositories/risk.repository";
import type { Database } from "@/lib/db/schema";
import { createCityObservations, type CityObservations } from "@/lib/domain/risk/city-observations";
import { scoreCells } from "@/lib/domain/risk/risk-map";
import { WATER_REPORT_CATEGORIES } from "@/lib/domain/risk/water-report-categories";
import type { ScreenPublisher } from "@/lib/realtime/screen-publisher";
import { loadRiskGeography } from "./risk-geography";

const HOUR_MS = 3_600_000;
/** The model reads 12 hours of gauges' rain, and the hour before them for the first hour's water-level trend. */
const READINGS_HOURS = 13;
/** The forecast's bias is judged over the last three hours, each by the forecast then in force. */
const FORECAST_HOURS = 3;
/** Reports older than this are taken as dealt with (as the model's REPORT_OPEN_HOURS). */
const REPORT_HOURS = 3;
/** A case in these stages no longer says water stands there. */
const SETTLED_STAGES = ["resolved", "rated", "closed", "rejected", "cancelled"];
/** Cells stored per horizon: those scoring above the floor, at most this many; the top few are pushed. */
export const RISK_SCORE_FLOOR = 0.05;
export const RISK_CELLS_STORED = 300;
export const RISK_CELLS_PUSHED = 10;

export interface ComputeRiskDeps {
  db: Kysely<Database>;
  publisher: ScreenPublisher;
  clock: () => Date;
}

/**
 * Recomputes the flood-risk map for 1, 3 and 6 hours from what the city has received (gauges' readings, the
 * weather service's forecasts, waterlogging reports, the care registry), stores it with the time of its newest
 * input, and pushes the top cells of each horizon to the screens as a `risk` delta.
 */
export async function computeRisk(deps: ComputeRiskDeps): Promise<RiskComputation[]> {
  const now = deps.clock();
  const nowMs = now.getTime();
  const { riskMap, rainGauges, levelGauges } = await loadRiskGeography(deps.db);
  const { observations, inputsAsOfMs } = await loadObservations(deps.db, [...rainGauges, ...levelGauges].map((g) => g.id), now);
  const households = await vulnerableHouseholdsPerCell(deps.db);

  const hours = riskHorizons.map(riskHorizonHours);
  const inputsByHorizon = riskMap.inputsAt(observations, nowMs, hours);
  const computations = inputsByHorizon.map((inputs, h): RiskComputation => {
    const scored = scoreCells(inputs.map((input) => ({ ...input, vulnerableHouseholds: households.get(input.cell) ?? 0 })));
    const cells: RiskCell[] = scored
      .filter((c) => c.score >= RISK_SCORE_FLOOR)
      .sort((a, b) => b.score - a.score || a.cell.localeCompare(b.cell))
      .slice(0, RISK_CELLS_STORED)
      .map((c) => ({ cell: c.cell, score: Math.round(c.score * 1000) / 1000, reasons: c.reasons }));
    return { computedAt: now, inputsAsOf: new Date(inputsAsOfMs ?? nowMs), horizonHours: hours[h]!, cells };
  });

  await insertRiskComputations(deps.db, computations);
  const top: RiskTop = {
    computedAt: now.toISOString(),
    horizons: computations.map((c, h) => ({ horizon: riskHorizons[h]!, cells: c.cells.slice(0, RISK_CELLS_PUSHED) })),
  };
  await deps.publisher.publish([{ kind: "risk", risk: top }]);
  return computations;
}

async function loadObservations(db: Kysely<Database>, gaugeIds: readonly string[], now: Date): Promise<{ observations: CityObservations; inputsAsOfMs: number | null }> {
  const nowMs = now.getTime();
  const [readings, earlierForecast, recentForecasts, reports] = await Promise.all([
    gaugeIds.length === 0
      ? Promise.resolve([])
      : db
          .selectFrom("sensor_readings")
          .select(["sensor_id", "measured_at", "value"])
          .where("sensor_id", "=", (eb) => eb.fn.any(eb.val([...gaugeIds])))
          .where("measured_at", ">", new Date(nowMs - READINGS_HOURS * HOUR_MS))
          .where("measured_at", "<=", now)
          .orderBy("sensor_id")
          .orderBy("measured_at")
          .execute(),
    forecastBefore(db, new Date(nowMs - FORECAST_HOURS * HOUR_MS)),
    forecastsIssuedBetween(db, new Date(nowMs - FORECAST_HOURS * HOUR_MS), new Date(nowMs + 1), 100),
    db
      .selectFrom("cases")
      .select(["grid_cell", "created_at"])
      .where("category", "in", [...WATER_REPORT_CATEGORIES])
      // A gauge's own alarm is no report of water standing: the gauge already speaks for itself.
      .where("channel", "!=", "sensor")
      .where("stage", "not in", SETTLED_STAGES)
      .where("grid_cell", "is not", null)
      .where("created_at", ">", new Date(nowMs - REPORT_HOURS * HOUR_MS))
      .where("created_at", "<=", now)
      .execute(),
  ]);

  const observations = createCityObservations();
  let newestMs: number | null = null;
  const saw = (ms: number) => (newestMs = Math.max(newestMs ?? ms, ms));
  for (const r of readings) {
    const atMs = new Date(r.measured_at).getTime();
    observations.addReading(r.sensor_id, atMs, r.value);
    saw(atMs);
  }
  for (const stored of [earlierForecast, ...recentForecasts]) {
    if (!stored) continue;
    observations.addForecast(stored.forecast);
    saw(Date.parse(stored.forecast.issuedAt));
  }
  for (const report of reports) {
    const atMs = new Date(report.created_at).getTime();
    observations.addWaterReport(report.grid_cell!, atMs);
    saw(atMs);
  }
  return { observations, inputsAsOfMs: newestMs };
}

async function vulnerableHouseholdsPerCell(db: Kysely<Database>): Promise<Map<string, number>> {
  const rows = await db.selectFrom("care_households").select(["grid_cell", (eb) => eb.fn.countAll<string>().as("households")]).groupBy("grid_cell").execute();
  return new Map(rows.map((r) => [r.grid_cell, Number(r.households)]));
}
