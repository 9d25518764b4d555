/**
 * The typhoon replay as a pure model: step by step through a storm's window over the demo city, what the
 * weather service, the gauges and the people send. The runner (run-replay.ts) only posts it.
 *
 * Each step (10 storm minutes by default): the storm's state on its interpolated track; wind and rain
 * over every cell; the hidden ground truth's standing water advanced under that rain; the gauges'
 * readings; the reports of the step; at 00, 06, 12 and 18 UTC, an official-style forecast; and the city
 * weather service's typhoon warning signal when one is issued, changed or lifted (typhoon-warnings.ts).
 * The same seed gives the same steps.
 */
import type { Category, EventReport } from "@/lib/contracts";
import type { CapAlert } from "@/lib/contracts/cap-alert";
import { cityBounds } from "@/lib/city/shanghai/bounds";
import type { Forecast } from "@/lib/contracts/forecast";
import { stormStateAt } from "@/lib/domain/typhoon/storm-state-at";
import { createSeededRandom } from "@/scripts/simulator/model/seeded-random";
import type { CellTruth } from "../ground-truth/cell-truth";
import { createFloodState } from "../ground-truth/flood-model";
import { cityHazard, rateMultiple, type CityHazard } from "./event-rates";
import { gaugeReadings, type Gauge, type GaugeReading } from "./gauge-readings";
import { hazardFrame } from "./hazard-frame";
import { FORECAST_EVERY_HOURS, officialForecast } from "./official-forecast";
import { cellRainAt, createRainField } from "./rain-field";
import type { ReplayStorm } from "./replay-storms";
import { DEMO_CITY_CENTRE } from "./replay-window";
import { stormEvents } from "./storm-events";
import { createTyphoonWarnings, type WarningClock } from "./typhoon-warnings";

const HOUR_MS = 3_600_000;
export const FORECAST_SOURCE = "tonglan-replay";

export interface TyphoonScenarioConfig {
  storm: ReplayStorm;
  window: { startMs: number; endMs: number };
  /**
   * The storm instant from which the ground is dry (default: the window's start). A replay started
   * mid-storm first runs the hidden ground truth under the rain since then, posting nothing, so the
   * water it finds is the water that had gathered.
   */
  dryAtMs?: number;
  stepMinutes: number;
  seed: string;
  cells: readonly CellTruth[];
  gauges: readonly Gauge[];
  categories: readonly Pick<Category, "code" | "nameZh">[];
  /** Storm-type reports per hour over the whole city on an ordinary day. */
  ordinaryPerHour: number;
  /** Added to storm time to give the instants sent (0: the storm's own dates). */
  clockOffsetMs: number;
  /** The clock the warning signals are dated by (default: the instants sent). */
  warningClock?: WarningClock;
  /** Makes the reports' idempotency keys this run's own. */
  runTag: string;
}

export interface ReplayStep {
  index: number;
  stormTimeMs: number;
  /** The instant this step's data is stamped with. */
  at: string;
  forecast: Forecast | null;
  /** The typhoon warning signal this step issues, updates or cancels. */
  warning: CapAlert | null;
  readings: GaugeReading[];
  events: EventReport[];
  hazard: CityHazard;
  /** All storm reports per hour over the ordinary (1 on a calm day). */
  rateMultiple: number;
}

export function stepCount(config: Pick<TyphoonScenarioConfig, "window" | "stepMinutes">): number {
  return Math.floor((config.window.endMs - config.window.startMs) / (config.stepMinutes * 60_000)) + 1;
}

export function* typhoonScenario(config: TyphoonScenarioConfig): Generator<ReplayStep> {
  if (!(config.stepMinutes > 0)) throw new Error("the replay's step must be positive");
  const stepMs = config.stepMinutes * 60_000;
  const instant = (stormTimeMs: number) => new Date(stormTimeMs + config.clockOffsetMs).toISOString();
  const rain = createRainField(config.storm.rainEnhancement, config.seed);
  const flood = createFloodState(config.cells);
  const cellIndex = new Map(config.cells.map((c, i) => [c.cell, i]));
  const readingRandom = createSeededRandom(`${config.seed}:readings`);
  const eventRandom = createSeededRandom(`${config.seed}:events`);
  let eventSequence = 0;
  const nextId = () => `typhoon-${config.storm.key}-${config.runTag}-${String(++eventSequence).padStart(6, "0")}`;

  const warnings = createTyphoonWarnings({
    storm: config.storm.storm,
    stormId: config.storm.id,
    stormName: config.storm.name,
    city: DEMO_CITY_CENTRE,
    bounds: cityBounds,
    clock: config.warningClock ?? { at: (stormTimeMs) => new Date(stormTimeMs + config.clockOffsetMs), hourMs: HOUR_MS },
  });

  const rainOverCells = cellRainAt(config.storm.storm, rain, config.cells);
  for (let t = config.dryAtMs ?? config.window.startMs; t + stepMs <= config.window.startMs; t += stepMs) {
    flood.step(rainOverCells(t + stepMs), stepMs / HOUR_MS);
  }

  const steps = stepCount(config);
  for (let index = 0; index < steps; index++) {
    const stormTimeMs = config.window.startMs + index * stepMs;
    const state = stormStateAt(config.storm.storm, stormTimeMs);
    const frame = hazardFrame(state, stormTimeMs, config.cells, rain);
    if (index > 0) flood.step(frame.rainMmH, stepMs / HOUR_MS);
    const hazard = cityHazard(frame, flood.depthsMm);
    const readings = gaugeReadings(
      config.gauges,
      {
        rainMmHAt: (gauge) => rain.rateMmH(state, { lat: gauge.lat, lon: gauge.lng }),
        waterDepthMmIn: (cell) => {
          const i = cellIndex.get(cell);
          return i === undefined ? 0 : flood.depthsMm[i]!;
        },
      },
      readingRandom,
    );
    const events =
      index === 0
        ? []
        : stormEvents({
            cells: config.cells,
            frame,
            depthsMm: flood.depthsMm,
            hazard,
            hours: stepMs / HOUR_MS,
            ordinaryPerHour: config.ordinaryPerHour,
            categories: config.categories,
            random: eventRandom,
            instant,
            nextId,
          });
    const forecast =
      stormTimeMs % (FORECAST_EVERY_HOURS * HOUR_MS) === 0
        ? officialForecast({
            storm: config.storm.storm,
            stormId: config.storm.id,
            stormName: config.storm.name,
            source: FORECAST_SOURCE,
            issuedAtMs: stormTimeMs,
            seed: config.seed,
            instant,
          })
        : null;
    const warning = warnings(stormTimeMs);
    yield { index, stormTimeMs, at: instant(stormTimeMs), forecast, warning, readings, events, hazard, rateMultiple: rateMultiple(hazard) };
  }
}
