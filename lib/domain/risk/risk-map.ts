/**
 * The risk model's inputs for every cell of a city at a moment, from what the city has observed by then
 * (city-observations.ts) and its public registries; then the scores. Rain at a cell is the rain gauges'
 * field (inverse-distance, gauge-field.ts); the forecast's rain along its track is corrected by how far the
 * forecast has fallen short of (or beyond) the gauges over the last hours, as forecasters correct a model by
 * its recent bias; standing water is the nearest street water-level gauge; reports are those of the last
 * hours in the cell.
 */
import type { Forecast } from "@/lib/contracts/forecast";
import { stormRainRateMmH } from "@/lib/domain/typhoon/rcliper-rain";
import { polarOffset, type LatLon } from "@/lib/domain/typhoon/polar-offset";
import { cellRisk, type CellRisk, type CellRiskInputs, type WaterLevelSignal } from "./cell-risk";
import type { CityObservations } from "./city-observations";
import { forecastCentreAt } from "./forecast-track-rain";
import { inverseDistanceWeights } from "./gauge-field";

export interface RiskCell {
  cell: string;
  lat: number;
  lng: number;
  drainageMmH: number;
  lowness: number;
  pastWaterloggingReports: number;
  vulnerableHouseholds: number;
}

export interface RainGauge {
  id: string;
  lat: number;
  lng: number;
}

export interface LevelGauge extends RainGauge {
  gridCell: string;
  /** Standing water at which the gauge alarms, cm. */
  alarmCm: number;
}

const HOUR_MS = 3_600_000;
const QUARTER_MS = HOUR_MS / 4;
/** Gauges farther than this say nothing of a cell's rain (the demo's gauges stand ~2–3 km apart). */
const RAIN_REACH_KM = 8;
/** Standing water is local: a street gauge speaks for its own block and the next. */
const LEVEL_REACH_KM = 1;
/** How far back the gauges' rain fills a cell's water balance: water standing longer would have been seen. */
const PAST_HOURS = 12;
/** How many past hours the forecast's bias is measured over. */
const BIAS_HOURS = 3;
/** The forecast's bias is believed only within these bounds, and only once it forecast some rain at the gauges. */
const BIAS_BOUNDS = [0.25, 5] as const;
const BIAS_MIN_FORECAST_MMH = 1;
/** Reports older than this are taken as dealt with: the backtest sees no closures. */
const REPORT_OPEN_HOURS = 3;

export interface RiskMap {
  /** Inputs of the model for every cell (in `cells` order) for each horizon. */
  inputsAt(observations: CityObservations, atMs: number, horizonsHours: readonly number[]): CellRiskInputs[][];
  /** The rain gauges' rain of the last hour at every cell, mm: the rain-only baseline. */
  rainLastHourAt(observations: CityObservations, atMs: number): Float64Array;
}

export function createRiskMap(cells: readonly RiskCell[], rainGauges: readonly RainGauge[], levelGauges: readonly LevelGauge[]): RiskMap {
  const places: LatLon[] = cells.map((c) => ({ lat: c.lat, lon: c.lng }));
  const rainGaugePlaces: LatLon[] = rainGauges.map((g) => ({ lat: g.lat, lon: g.lng }));
  // A cell no gauge reaches gets no rain: the field claims nothing far from its gauges.
  const rainWeights = places.map((place) => inverseDistanceWeights(rainGaugePlaces, place, RAIN_REACH_KM));
  const nearestLevel = places.map((place) => nearestWithin(levelGauges, place, LEVEL_REACH_KM));

  const gaugeRainMm = (observations: CityObservations, fromMs: number, toMs: number) =>
    rainGauges.map((g) => (observations.meanReading(g.id, fromMs, toMs) ?? 0) * ((toMs - fromMs) / HOUR_MS));
  const field = (gaugeValues: readonly number[]) =>
    rainWeights.map((weights) => weights.reduce((sum, w) => sum + w.weight * gaugeValues[w.index]!, 0));

  /** Observed over forecast rain at the gauges over the last hours, each hour judged by the forecast then in force. */
  const forecastBias = (observations: CityObservations, atMs: number): number => {
    let observed = 0;
    let forecast = 0;
    let hoursJudged = 0;
    for (let k = 0; k < BIAS_HOURS; k++) {
      const toMs = atMs - k * HOUR_MS;
      const issued = observations.forecastAt(toMs);
      if (!issued) continue;
      const middle = forecastCentreAt(issued, toMs - HOUR_MS / 2);
      if (!middle) continue;
      observed += gaugeRainMm(observations, toMs - HOUR_MS, toMs).reduce((a, b) => a + b, 0);
      forecast += rainGaugePlaces.reduce((sum, place) => sum + stormRainRateMmH(middle, place), 0);
      hoursJudged++;
    }
    if (hoursJudged === 0 || forecast < BIAS_MIN_FORECAST_MMH * rainGauges.length * hoursJudged) return 1;
    return Math.min(BIAS_BOUNDS[1], Math.max(BIAS_BOUNDS[0], observed / forecast));
  };

  /** Forecast rain per cell accumulated hour by hour up to `hours`, mm: [hour][cell]. */
  const forecastRainByHour = (forecast: Forecast | null, atMs: number, hours: number): Float64Array[] => {
    const byHour: Float64Array[] = [];
    const running = new Float64Array(cells.length);
    for (let q = 0; q < hours * 4; q++) {
      const centre = forecast && forecastCentreAt(forecast, atMs + (q + 0.5) * QUARTER_MS);
      if (centre) places.forEach((place, i) => (running[i]! += stormRainRateMmH(centre, place) / 4));
      if ((q + 1) % 4 === 0) byHour.push(Float64Array.from(running));
    }
    return byHour;
  };

  return {
    rainLastHourAt(observations, atMs) {
      return Float64Array.from(field(gaugeRainMm(observations, atMs - HOUR_MS, atMs)));
    },
    inputsAt(observations, atMs, horizonsHours) {
      const pastHours = Array.from({ length: PAST_HOURS }, (_, k) => {
        const toMs = atMs - (PAST_HOURS - 1 - k) * HOUR_MS;
        return field(gaugeRainMm(observations, toMs - HOUR_MS, toMs));
      });
      const bias = forecastBias(observations, atMs);
      const longest = Math.max(...horizonsHours);
      const forecastByHour = forecastRainByHour(observations.forecastAt(atMs), atMs, Math.ceil(longest));
      const reports = observations.waterReportsIn(atMs - REPORT_OPEN_HOURS * HOUR_MS, atMs);
      const levels = nearestLevel.map((gauge, i) => gauge && waterLevelSignal(observations, gauge, cells[i]!.cell, atMs));
      return horizonsHours.map((horizonHours) =>
        cells.map((cell, i) => ({
          cell: cell.cell,
          horizonHours,
          pastHourlyRainMm: pastHours.map((hour) => hour[i]!),
          forecastHourlyRainMm: forecastByHour
            .slice(0, Math.ceil(horizonHours))
            .map((upTo, k) => bias * (upTo[i]! - (k === 0 ? 0 : forecastByHour[k - 1]![i]!))),
          drainageMmH: cell.drainageMmH,
          lowness: cell.lowness,
          waterLevel: levels[i] ?? null,
          pastWaterloggingReports: cell.pastWaterloggingReports,
          openWaterloggingReports: reports.get(cell.cell) ?? 0,
          vulnerableHouseholds: cell.vulnerableHouseholds,
        })),
      );
    },
  };
}

/** Scores of every cell for one horizon. */
export function scoreCells(inputs: readonly CellRiskInputs[]): CellRisk[] {
  return inputs.map(cellRisk);
}

function waterLevelSignal(observations: CityObservations, gauge: LevelGauge, cell: string, atMs: number): WaterLevelSignal | null {
  const now = observations.lastReading(gauge.id, atMs);
  if (!now || now.atMs <= atMs - HOUR_MS) return null;
  const before = observations.lastReading(gauge.id, atMs - HOUR_MS);
  const hours = before ? (now.atMs - before.atMs) / HOUR_MS : 0;
  return {
    gaugeId: gauge.id,
    levelCm: now.value,
    alarmCm: gauge.alarmCm,
    riseCmPerHour: before && hours > 0 ? (now.value - before.value) / hours : 0,
    inCell: gauge.gridCell === cell,
  };
}

function nearestWithin<T extends Placed>(gauges: readonly T[], place: LatLon, reachKm: number): T | null {
  let best: T | null = null;
  let bestKm = reachKm;
  for (const gauge of gauges) {
    const distanceKm = polarOffset(place, { lat: gauge.lat, lon: gauge.lng }).distanceKm;
    if (distanceKm <= bestKm) {
      best = gauge;
      bestKm = distanceKm;
    }
  }
  return best;
}

interface Placed {
  lat: number;
  lng: number;
}
