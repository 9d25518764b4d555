/**
 * The chance that water stands in a grid cell within a horizon, from what the city knows, with its reasons in
 * numbers. A water balance hour by hour, as an urban drainage model does with one bucket per cell: rain runs
 * off (most of it, in a built-up city) into the cell, and more so into a cell below its surroundings, which
 * gathers its neighbours' run-off; the drains take away up to the district's design capacity — less when the
 * street water gauge nearby stands near its alarm, since then the network around is already full. The bucket
 * is filled first with the rain the gauges measured over the last hours (what is standing now), or set to the
 * depth the cell's own gauge reads; then with the rain expected in each hour of the horizon: persistence of
 * the last hour's rain fading into the storm's forecast, as nowcasts do. The deepest water it reaches is the
 * physical term; the evidence of the place is added to it: where waterlogging was reported in past rains, and
 * where it is reported now. Vulnerable households change what to do, not whether water comes: they are a
 * reason, not a term.
 */
export interface WaterLevelSignal {
  gaugeId: string;
  /** Standing water at the gauge, cm, and the level at which it alarms. */
  levelCm: number;
  alarmCm: number;
  riseCmPerHour: number;
  /** The gauge stands in this very cell: its level is the cell's water. */
  inCell: boolean;
}

export interface CellRiskInputs {
  cell: string;
  horizonHours: number;
  /** Rain at the cell in each past hour, oldest first, the last entry being the last hour, mm (gauges interpolated). */
  pastHourlyRainMm: readonly number[];
  /** Rain the storm's forecast brings in each hour of the horizon, mm (corrected by the gauges). */
  forecastHourlyRainMm: readonly number[];
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
  | { kind: "standing"; mm: number }
  | { kind: "low_ground"; lowness: number }
  | { kind: "water_level"; gaugeId: string; levelCm: number; riseCmPerHour: number }
  | { kind: "past_reports"; count: number }
  | { kind: "reported_now"; count: number }
  | { kind: "vulnerable_households"; count: number };

export interface CellRisk {
  cell: string;
  /** Chance of water standing within the horizon, 0–1. */
  score: number;
  /** The deepest water the balance reaches within the horizon, mm (negative: that far below overflowing). */
  peakWaterMm: number;
  reasons: RiskReason[];
}

/** How fast the last hour's rain stops predicting the next: a nowcast's skill fades over about two hours. */
const PERSISTENCE_HOURS = 2;
/** Share of rain that runs off in a built-up city (typical urban runoff coefficients 0.7–0.95). */
const RUNOFF = 0.8;
/** A hollow gathers the run-off of its surroundings: up to four times its own. */
const CATCHMENT_GAIN = 3;
/** Drains lose up to half their capacity where the network around is already full. */
const MAX_SURCHARGE_LOSS = 0.5;
/** Water this deep counts as waterlogging (docs/risk.md); the logistic's width is the balance's uncertainty. */
export const WATERLOGGING_MM = 50;
const DEPTH_SCALE_MM = 25;
const PAST_REPORT_WEIGHT = 0.7;
const REPORTED_NOW_WEIGHT = 1.5;

export function expectedHourlyRainMm(inputs: Pick<CellRiskInputs, "horizonHours" | "pastHourlyRainMm" | "forecastHourlyRainMm">): number[] {
  const lastHour = inputs.pastHourlyRainMm.at(-1) ?? 0;
  return Array.from({ length: Math.ceil(inputs.horizonHours) }, (_, k) => {
    const persistence = Math.exp(-(k + 0.5) / PERSISTENCE_HOURS);
    return persistence * lastHour + (1 - persistence) * (inputs.forecastHourlyRainMm[k] ?? 0);
  });
}

/** Share of the drains' capacity lost where the gauge nearby stands near or above its alarm, rising or not. */
export function surchargeLoss(level: WaterLevelSignal | null, horizonHours: number): number {
  if (!level || level.alarmCm <= 0) return 0;
  const expectedCm = level.levelCm + Math.max(0, level.riseCmPerHour) * horizonHours;
  return MAX_SURCHARGE_LOSS * Math.min(1, Math.max(0, expectedCm / level.alarmCm));
}

export function cellRisk(inputs: CellRiskInputs): CellRisk {
  if (!(inputs.horizonHours > 0)) throw new Error("cellRisk: the horizon must be positive");
  const lowness = Math.min(1, Math.max(0, inputs.lowness));
  const inflow = RUNOFF * (1 + CATCHMENT_GAIN * lowness);

  let standingMm = 0;
  for (const rain of inputs.pastHourlyRainMm) standingMm = Math.max(0, standingMm + rain * inflow - inputs.drainageMmH);
  if (inputs.waterLevel?.inCell) standingMm = inputs.waterLevel.levelCm * 10;

  const drainageMmH = inputs.drainageMmH * (1 - surchargeLoss(inputs.waterLevel, inputs.horizonHours));
  const expected = expectedHourlyRainMm(inputs);
  // A dry hour banks no capacity (water never goes below none), but the peak is left unfloored: a cell that
  // stays dry still ranks by how near it comes to overflowing.
  let waterMm = standingMm;
  let peakWaterMm = standingMm > 0 ? standingMm : Number.NEGATIVE_INFINITY;
  for (const rain of expected) {
    waterMm = Math.max(0, waterMm) + rain * inflow - drainageMmH;
    peakWaterMm = Math.max(peakWaterMm, waterMm);
  }

  const logOdds =
    (peakWaterMm - WATERLOGGING_MM) / DEPTH_SCALE_MM +
    PAST_REPORT_WEIGHT * Math.log1p(inputs.pastWaterloggingReports) +
    REPORTED_NOW_WEIGHT * Math.log1p(inputs.openWaterloggingReports);
  const score = 1 / (1 + Math.exp(-logOdds));

  const expectedMm = expected.reduce((a, b) => a + b, 0);
  const drainageMm = drainageMmH * expected.length;
  const reasons: RiskReason[] = [{ kind: "rain", expectedMm: round(expectedMm), drainageMm: round(drainageMm), ratio: round(drainageMm > 0 ? expectedMm / drainageMm : 0, 2) }];
  if (standingMm > 0) reasons.push({ kind: "standing", mm: round(standingMm) });
  if (lowness > 0) reasons.push({ kind: "low_ground", lowness: round(lowness, 2) });
  if (inputs.waterLevel) reasons.push({ kind: "water_level", gaugeId: inputs.waterLevel.gaugeId, levelCm: round(inputs.waterLevel.levelCm), riseCmPerHour: round(inputs.waterLevel.riseCmPerHour) });
  if (inputs.pastWaterloggingReports > 0) reasons.push({ kind: "past_reports", count: inputs.pastWaterloggingReports });
  if (inputs.openWaterloggingReports > 0) reasons.push({ kind: "reported_now", count: inputs.openWaterloggingReports });
  if (inputs.vulnerableHouseholds > 0) reasons.push({ kind: "vulnerable_households", count: inputs.vulnerableHouseholds });
  return { cell: inputs.cell, score, peakWaterMm: round(peakWaterMm), reasons };
}

function round(value: number, digits = 1): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
