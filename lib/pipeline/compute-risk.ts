import { sql, type Kysely } from "kysely";
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
/** Reports older than this (in SLA hours) are taken as dealt with (as the model's REPORT_OPEN_HOURS). */
const REPORT_HOURS = 3;
/** A case in these stages no longer says water stands there. */
const SETTLED_STAGES = ["resolved", "rated", "closed", "rejected", "cancelled"];
/** Cells stored per horizon: those scoring above the floor, at most this many (a stormy night recomputes
 * every 30 SLA seconds, so rows stay tens of KB); the top few are pushed. */
export const RISK_SCORE_FLOOR = 0.1;
export const RISK_CELLS_STORED = 100;
export const RISK_CELLS_PUSHED = 10;

export interface ComputeRiskDeps {
  db: Kysely<Database>;
  publisher: ScreenPublisher;
  clock: () => Date;
  /** Length of one SLA minute: reports, stamped by this server's clock, age in SLA time. */
  slaMinuteMs: number;
}

/**
 * Recomputes the flood-risk map for 1, 3 and 6 hours from what the city has received (gauges' readings, the
 * weather service's forecasts, waterlogging reports, the care registry), stores it with the time of its newest
 * input, and pushes the top cells of each horizon to the screens as a `risk` delta.
 *
 * The model looks from the moment of its newest gauge reading or forecast, not from this server's clock: the
 * gateways stamp what they send, and a replayed or time-lapsed night runs on its own clock. Reports carry this
 * server's time instead, so their age is taken in SLA time and set back from that moment.
 */
export async function computeRisk(deps: ComputeRiskDeps): Promise<RiskComputation[]> {
  const now = deps.clock();
  const { riskMap, rainGauges, levelGauges, districtOfCell } = await loadRiskGeography(deps.db);
  const gaugeIds = [...rainGauges, ...levelGauges].map((g) => g.id);
  const asOf = (await newestInputAt(deps.db, gaugeIds)) ?? now;
  const observations = await loadObservations(deps, gaugeIds, asOf);
  const households = await vulnerableHouseholdsPerCell(deps.db);

  const hours = riskHorizons.map(riskHorizonHours);
  const inputsByHorizon = riskMap.inputsAt(observations, asOf.getTime(), hours);
  const computations = inputsByHorizon.map((inputs, h): RiskComputation => {
    const scored = scoreCells(inputs.map((input) => ({ ...input, vulnerableHouseholds: households.get(input.cell) ?? 0 })));
    const cells: RiskCell[] = scored
      .filter((c) => c.score >= RISK_SCORE_FLOOR)
      .sort((a, b) => b.score - a.score || a.cell.localeCompare(b.cell))
      .slice(0, RISK_CELLS_STORED)
      .map((c) => ({ cell: c.cell, district: districtOfCell.get(c.cell) ?? null, score: Math.round(c.score * 1000) / 1000, reasons: c.reasons }));
    return { computedAt: now, inputsAsOf: asOf, horizonHours: hours[h]!, cells };
  });

  await insertRiskComputations(deps.db, computations);
  const top: RiskTop = {
    computedAt: now.toISOString(),
    horizons: computations.map((c, h) => ({ horizon: riskHorizons[h]!, cells: c.cells.slice(0, RISK_CELLS_PUSHED) })),
  };
  await deps.publisher.publish([{ kind: "risk", risk: top }]);
  return computations;
}

/** The time of the newest gauge reading or forecast: each gauge's newest by its key, so the table's size does not matter. */
async function newestInputAt(db: Kysely<Database>, gaugeIds: readonly string[]): Promise<Date | null> {
  const [reading, forecast] = await Promise.all([
    gaugeIds.length === 0
      ? Promise.resolve(undefined)
      : sql<{ at: Date | string | null }>`
          SELECT max(newest.measured_at) AS at FROM unnest(${[...gaugeIds]}::text[]) AS gauge(id)
          CROSS JOIN LATERAL (SELECT measured_at FROM sensor_readings WHERE sensor_id = gauge.id ORDER BY measured_at DESC LIMIT 1) AS newest`
          .execute(db)
          .then((result) => result.rows[0]),
    db.selectFrom("forecasts").select((eb) => eb.fn.max("issued_at").as("at")).executeTakeFirst(),
  ]);
  const times = [reading?.at, forecast?.at].filter((at) => at != null).map((at) => new Date(at).getTime());
  return times.length === 0 ? null : new Date(Math.max(...times));
}

async function loadObservations(deps: ComputeRiskDeps, gaugeIds: readonly string[], asOf: Date): Promise<CityObservations> {
  const asOfMs = asOf.getTime();
  const nowMs = deps.clock().getTime();
  const slaScale = deps.slaMinuteMs / 60_000;
  const [readings, earlierForecast, recentForecasts, reports] = await Promise.all([
    gaugeIds.length === 0
      ? Promise.resolve([])
      : deps.db
          .selectFrom("sensor_readings")
          .select(["sensor_id", "measured_at", "value"])
          .where("sensor_id", "=", (eb) => eb.fn.any(eb.val([...gaugeIds])))
          .where("measured_at", ">", new Date(asOfMs - READINGS_HOURS * HOUR_MS))
          .where("measured_at", "<=", asOf)
          .orderBy("sensor_id")
          .orderBy("measured_at")
          .execute(),
    forecastBefore(deps.db, new Date(asOfMs - FORECAST_HOURS * HOUR_MS)),
    forecastsIssuedBetween(deps.db, new Date(asOfMs - FORECAST_HOURS * HOUR_MS), new Date(asOfMs + 1), 100),
    deps.db
      .selectFrom("cases")
      .select(["grid_cell", "created_at"])
      .where("category", "in", [...WATER_REPORT_CATEGORIES])
      // A gauge's own alarm is no report of water standing: the gauge already speaks for itself.
      .where("channel", "!=", "sensor")
      .where("stage", "not in", SETTLED_STAGES)
      .where("grid_cell", "is not", null)
      .where("created_at", ">", new Date(nowMs - REPORT_HOURS * HOUR_MS * slaScale))
      .execute(),
  ]);

  const observations = createCityObservations();
  for (const r of readings) observations.addReading(r.sensor_id, new Date(r.measured_at).getTime(), r.value);
  for (const stored of [earlierForecast, ...recentForecasts]) if (stored) observations.addForecast(stored.forecast);
  for (const report of reports) {
    const ageMs = Math.max(0, nowMs - new Date(report.created_at).getTime()) / slaScale;
    observations.addWaterReport(report.grid_cell!, asOfMs - ageMs);
  }
  return observations;
}

async function vulnerableHouseholdsPerCell(db: Kysely<Database>): Promise<Map<string, number>> {
  const rows = await db.selectFrom("care_households").select(["grid_cell", (eb) => eb.fn.countAll<string>().as("households")]).groupBy("grid_cell").execute();
  return new Map(rows.map((r) => [r.grid_cell, Number(r.households)]));
}
