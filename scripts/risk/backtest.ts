/**
 * Measures the risk model against the typhoon replay's hidden ground truth (docs/risk.md): for each storm,
 * the replay runs in-process, the model sees only what the city receives, and its ranking of cells is
 * compared with where water really stood deeper than FLOODED_MM afterwards, beside the rain-only baseline.
 *
 *   npm run risk:backtest [-- --track FILE [--enhancement 2.5]] [--storm NAME] [--seed S] [--verbose]
 */
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { catalogue, grids, sensors } from "@/lib/city/shanghai";
import { DEFAULT_LEVEL_ALARM_CM, riskCellsOf } from "@/lib/city/shanghai/risk-cells";
import { parseBestTracks } from "@/lib/domain/typhoon/best-track";
import { stormStateAt } from "@/lib/domain/typhoon/storm-state-at";
import { createRiskMap } from "@/lib/domain/risk/risk-map";
import { groundTruthCells } from "@/scripts/typhoon/ground-truth/cell-truth";
import { floodedCellsAfter, recordFloodHistory } from "@/scripts/typhoon/ground-truth/flood-history";
import { createRainField } from "@/scripts/typhoon/scenario/rain-field";
import { replayStormFrom, replayStormKeys, type ReplayStorm } from "@/scripts/typhoon/scenario/replay-storms";
import { DEMO_CITY_CENTRE, replayWindow } from "@/scripts/typhoon/scenario/replay-window";
import { typhoonScenario } from "@/scripts/typhoon/scenario/typhoon-scenario";
import { backtestLine, runBacktest } from "./backtest-run";

/** Water deeper than this at some moment makes a cell flooded: 5 cm stops pedestrians' shoes and low cars' doors, and is where Shanghai's road waterlogging (道路积水) standard starts. */
export const FLOODED_MM = 50;
const HORIZONS_HOURS = [1, 3, 6] as const;
const STEP_MINUTES = 10;
const RADIUS_KM = 500;
/** An unknown storm's rain over the city against R-CLIPER's, as for In-Fa and Lekima (docs/typhoon-models.md). */
const DEFAULT_ENHANCEMENT = 2.5;

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      track: { type: "string" },
      storm: { type: "string" },
      enhancement: { type: "string" },
      seed: { type: "string" },
      verbose: { type: "boolean" },
    },
  });
  const seed = values.seed ?? "tonglan";
  const storms = values.track ? stormsOfFile(await readFile(values.track, "utf8"), values.storm, Number(values.enhancement ?? DEFAULT_ENHANCEMENT)) : (await demoStorms()).filter((s) => values.storm === undefined || s.label === values.storm);

  const truth = groundTruthCells(grids);
  const rainGauges = sensors.filter((s) => s.kind === "rain_gauge");
  const levelGauges = sensors.filter((s) => s.kind === "water_level").map((s) => ({ ...s, alarmCm: s.alarm?.above ?? DEFAULT_LEVEL_ALARM_CM }));
  const riskMap = createRiskMap(riskCellsOf(grids), rainGauges, levelGauges);

  for (const { label, storm } of storms) {
    const window = replayWindow(storm.storm, DEMO_CITY_CENTRE, RADIUS_KM);
    if (!window) {
      console.log(`risk backtest: storm=${label} never comes within ${RADIUS_KM} km of the city`);
      continue;
    }
    const stepMs = STEP_MINUTES * 60_000;
    const rain = createRainField(storm.rainEnhancement, seed);
    // The replay's water after a step comes from the rain at the step's end; recordFloodHistory asks at its middle.
    const history = recordFloodHistory(truth, (middleMs) => {
      const state = stormStateAt(storm.storm, middleMs + stepMs / 2);
      return truth.map((c) => rain.rateMmH(state, { lat: c.lat, lon: c.lng }));
    }, { startMs: window.startMs, endMs: window.endMs, stepMs });
    const steps = typhoonScenario({
      storm,
      window,
      stepMinutes: STEP_MINUTES,
      seed,
      cells: truth,
      gauges: sensors.filter((s) => s.kind === "rain_gauge" || s.kind === "water_level"),
      categories: catalogue,
      ordinaryPerHour: 3.2,
      clockOffsetMs: 0,
      runTag: "backtest",
    });
    const results = runBacktest({
      steps,
      cells: truth,
      riskMap,
      horizonsHours: HORIZONS_HOURS,
      scoreFromMs: window.startMs + 3_600_000,
      truthEndMs: window.endMs,
      floodedAfter: (atMs, hours) => {
        const flooded = floodedCellsAfter(history, atMs, hours, FLOODED_MM);
        return truth.map((c) => flooded.has(c.cell));
      },
    });
    for (const result of results) {
      console.log(backtestLine(label, result));
      if (values.verbose) console.log(`  ${result.pairs} (cell, hour) pairs, ${result.flooded} flooded`);
    }
  }
}

async function demoStorms(): Promise<{ label: string; storm: ReplayStorm }[]> {
  const csv = await readFile(new URL("../../datasets/typhoon/best-tracks.csv", import.meta.url), "utf8");
  return replayStormKeys.map((key) => ({ label: key, storm: replayStormFrom(csv, key) }));
}

function stormsOfFile(csv: string, only: string | undefined, rainEnhancement: number): { label: string; storm: ReplayStorm }[] {
  if (!(rainEnhancement > 0)) throw new Error("--enhancement must be a positive number");
  return parseBestTracks(csv)
    .filter((storm) => only === undefined || storm.name.toLowerCase().includes(only.toLowerCase()))
    .map((storm) => {
      const [name = storm.name, id = storm.name] = storm.name.split(" ");
      // The scenario's storm key only tags report ids; a storm from a file has none of the demo's keys.
      const key = name.toLowerCase() as ReplayStorm["key"];
      return { label: name.toLowerCase(), storm: { key, storm, id, name, rainEnhancement } };
    });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
