/**
 * The chance that water gathers in a grid cell within a horizon, from what the city knows, with its reasons in
 * numbers. A water balance first: the rain expected over the horizon (persistence of the last hour's rain fading
 * into the storm's forecast, as nowcasts do) plus what earlier rain left undrained, against what the district's
 * drains carry in that time — less when the river a gauge watches stands near its alarm level, since outfalls then
 * drain against a high tailwater. Water that drains nowhere runs to low ground, so the excess counts more in a cell
 * below its surroundings. Then the evidence of the place: where waterlogging was reported before, and where it is
 * reported now. Vulnerable households change what to do, not whether water comes: they are a reason, not a term.
 */
export interface WaterLevelSignal {
  gaugeId: string;
  /** Level minus the gauge's alarm level, m (negative below it). */
  aboveAlarmM: number;
  riseCmPerHour: number;
}

export interface CellRiskInputs {
  cell: string;
  horizonHours: number;
  /** Rain at the cell in the last hour and the last three, mm (gauges interpolated). */
  rainLastHourMm: number;
  rainLastThreeHoursMm: number;
  /** Rain the storm's forecast brings over the horizon, mm. */
  forecastRainMm: number;
  /** The district's design drainage capacity, mm/h. */
  drainageMmH: number;
  /** 0 on level ground … 1 in a marked hollow, from public (coarse) terrain. */
  lowness: number;
  waterLevel: WaterLevelSignal | null;
  pastWaterloggingReports: number;
  openWaterloggingReports: number;
  vulnerableHouseholds: number;
}

export type RiskReason =
  | { kind: "rain"; expectedMm: number; drainageMm: number; ratio: number }
  | { kind: "undrained"; mm: number }
  | { kind: "low_ground"; lowness: number }
  | { kind: "water_level"; gaugeId: string; aboveAlarmM: number; riseCmPerHour: number }
  | { kind: "past_reports"; count: number }
  | { kind: "reported_now"; count: number }
  | { kind: "vulnerable_households"; count: number };

export interface CellRisk {
  cell: string;
  /** Chance of water gathering within the horizon, 0–1. */
  score: number;
  /** Rain beyond what drains, weighted by the ground, mm. */
  excessMm: number;
  reasons: RiskReason[];
}

/** How fast the last hour's rain stops predicting the next: a nowcast's skill fades over about two hours. */
const PERSISTENCE_HOURS = 2;
/** Outfalls lose up to half their capacity against a river at or above its alarm level. */
const MAX_BACKWATER_LOSS = 0.5;
const BACKWATER_START_BELOW_ALARM_M = 0.5;
/** A hollow gathers the run-off of its surroundings: up to three times its own excess. */
const LOW_GROUND_GAIN = 2;
/** Log-odds: a few millimetres of excess are common and harmless, tens of millimetres pond. */
const BASE_LOG_ODDS = -4;
const EXCESS_SCALE_MM = 10;
const EXCESS_WEIGHT = 1.6;
const PAST_REPORT_WEIGHT = 0.7;
const REPORTED_NOW_WEIGHT = 1.5;

export function expectedRainMm(inputs: Pick<CellRiskInputs, "horizonHours" | "rainLastHourMm" | "forecastRainMm">): number {
  const persistence = Math.exp(-inputs.horizonHours / PERSISTENCE_HOURS);
  return persistence * inputs.rainLastHourMm * inputs.horizonHours + (1 - persistence) * inputs.forecastRainMm;
}

export function backwaterLoss(level: WaterLevelSignal | null, horizonHours: number): number {
  if (!level) return 0;
  const expectedAboveAlarmM = level.aboveAlarmM + (Math.max(0, level.riseCmPerHour) * horizonHours) / 100;
  const stress = (expectedAboveAlarmM + BACKWATER_START_BELOW_ALARM_M) / BACKWATER_START_BELOW_ALARM_M;
  return MAX_BACKWATER_LOSS * Math.min(1, Math.max(0, stress));
}

export function cellRisk(inputs: CellRiskInputs): CellRisk {
  const rainMm = expectedRainMm(inputs);
  const drainageMm = inputs.drainageMmH * inputs.horizonHours * (1 - backwaterLoss(inputs.waterLevel, inputs.horizonHours));
  const undrainedMm = Math.max(0, inputs.rainLastThreeHoursMm - inputs.drainageMmH * 3);
  const lowness = Math.min(1, Math.max(0, inputs.lowness));
  const excessMm = Math.max(0, undrainedMm + rainMm - drainageMm) * (1 + LOW_GROUND_GAIN * lowness);

  const logOdds =
    BASE_LOG_ODDS +
    EXCESS_WEIGHT * Math.log1p(excessMm / EXCESS_SCALE_MM) +
    PAST_REPORT_WEIGHT * Math.log1p(inputs.pastWaterloggingReports) +
    REPORTED_NOW_WEIGHT * Math.log1p(inputs.openWaterloggingReports);
  const score = 1 / (1 + Math.exp(-logOdds));

  const reasons: RiskReason[] = [{ kind: "rain", expectedMm: round(rainMm), drainageMm: round(drainageMm), ratio: round(drainageMm > 0 ? rainMm / drainageMm : 0, 2) }];
  if (undrainedMm > 0) reasons.push({ kind: "undrained", mm: round(undrainedMm) });
  if (lowness > 0) reasons.push({ kind: "low_ground", lowness: round(lowness, 2) });
  if (inputs.waterLevel) reasons.push({ ...inputs.waterLevel, kind: "water_level", aboveAlarmM: round(inputs.waterLevel.aboveAlarmM, 2), riseCmPerHour: round(inputs.waterLevel.riseCmPerHour) });
  if (inputs.pastWaterloggingReports > 0) reasons.push({ kind: "past_reports", count: inputs.pastWaterloggingReports });
  if (inputs.openWaterloggingReports > 0) reasons.push({ kind: "reported_now", count: inputs.openWaterloggingReports });
  if (inputs.vulnerableHouseholds > 0) reasons.push({ kind: "vulnerable_households", count: inputs.vulnerableHouseholds });
  return { cell: inputs.cell, score, excessMm: round(excessMm), reasons };
}

function round(value: number, digits = 1): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
