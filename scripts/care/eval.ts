/**
 * Measures the care watch (lib/domain/care) against the seed's rule on the DAIAD households' real year and on stops
 * injected into it; see docs/care.md. Each path's threshold is chosen on the even-numbered households and applied to all.
 *
 *   npm run care:eval [-- --water-only] [-- --detail] [-- --alert-below 0.04] [-- --held-load-alert-below 0.01]
 *   (a fixed threshold for a path instead of the tuned one; 0 turns the path off)
 */
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { gunzipSync } from "node:zlib";
import { DEFAULT_CARE_ALERT_OPTIONS, type CareAlertOptions } from "../../lib/domain/care/decide-care-hour";
import { parseHourlyUseCsv } from "../../lib/domain/care/hourly-use-csv";
import { evaluateCare, median, type EvaluatedHousehold, type EvaluationSettings, type Figures } from "./evaluate-care";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const ALERT_BELOW_GRID = [1e-1, 5e-2, 3e-2, 2e-2, 1e-2, 5e-3, 3e-3, 2e-3, 1e-3, 5e-4, 2e-4, 1e-4];
const FALSE_ALARM_TARGET_PER_1000 = 0.8;

const per1000 = (count: number, days: number): string => ((count / days) * 1000).toFixed(1);

const medianOrNone = (delays: readonly number[]): string => (delays.length > 0 ? median(delays).toFixed(1) : "none");

function describe(figures: Figures): string {
  return [
    `households=${figures.households}`,
    `household_days=${figures.householdDays}`,
    `false_alarms_per_1000=${per1000(figures.falseAlarms, figures.householdDays)}`,
    `baseline_false_alarms_per_1000=${per1000(figures.seedFalseAlarms, figures.householdDays)}`,
    `detected=${figures.detected}/${figures.incidents}`,
    `median_delay_h=${medianOrNone(figures.delays)}`,
    `baseline_median_delay_h=${medianOrNone(figures.seedDelays)}`,
    `baseline_detected=${figures.seedDetected}/${figures.incidents}`,
  ].join(" ");
}

function medianWithMisses(figures: Figures): string {
  const misses = figures.incidents - figures.detected;
  if (misses >= figures.incidents / 2) return "none (half or more missed)";
  return median([...figures.delays, ...Array<number>(misses).fill(Number.POSITIVE_INFINITY)]).toFixed(1);
}

const QUIET_CLASSES: readonly [string, number][] = [["<16h", 16], ["16-24h", 24], ["24-48h", 48], ["48-72h", 72], [">=72h", Number.POSITIVE_INFINITY]];

function falseAlarmBreakdown(quietHours: readonly number[]): string {
  let from = 0;
  return QUIET_CLASSES.map(([name, below]) => {
    const count = quietHours.filter((hours) => hours >= from && hours < below).length;
    from = below;
    return `${name}=${count}`;
  }).join(" ");
}

/** The first chance of the grid that meets the target on the tuning half, else the grid's last. */
function firstMeeting(grid: readonly number[], meets: (chance: number) => boolean): number {
  return grid.find(meets) ?? grid[grid.length - 1]!;
}

function fixedChance(value: string | undefined, flag: string): number | null {
  if (value === undefined) return null;
  const chance = Number(value);
  if (!(chance >= 0 && chance < 1)) throw new Error(`${flag} must be a chance from 0 (off) to below 1`);
  return chance;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      "water-only": { type: "boolean", default: false },
      detail: { type: "boolean", default: false },
      "alert-below": { type: "string" },
      "held-load-alert-below": { type: "string" },
    },
  });
  const text = gunzipSync(await readFile(`${repoRoot}datasets/smart-meters/hourly-water.csv.gz`)).toString("utf8");
  const households: EvaluatedHousehold[] = parseHourlyUseCsv(text).map(({ household, use }) => ({
    household, firstHour: use.firstHour, waterLitres: use.litres,
  }));
  const settings: EvaluationSettings = { waterOnly: values["water-only"], seed: 20_240_601, incidentsPerHousehold: 2, incidentHours: 72 };
  const tuning = households.filter((_, index) => index % 2 === 0);
  const heldOut = households.filter((_, index) => index % 2 === 1);
  const meetsTarget = (options: CareAlertOptions, label: string): boolean => {
    const figures = evaluateCare(tuning, options, settings);
    if (values.detail) console.error(`tuning ${label}: ${describe(figures)}`);
    return (figures.falseAlarms / figures.householdDays) * 1000 <= FALSE_ALARM_TARGET_PER_1000;
  };
  // The held-load path first, alone (it is the stronger evidence); then the quiet-spell path beside it, 0 being off.
  const heldLoadAlertBelow = fixedChance(values["held-load-alert-below"], "--held-load-alert-below")
    ?? (settings.waterOnly ? 0 : firstMeeting(ALERT_BELOW_GRID, (chance) => meetsTarget({ ...DEFAULT_CARE_ALERT_OPTIONS, alertBelow: 0, heldLoadAlertBelow: chance }, `heldLoadAlertBelow=${chance}`)));
  const alertBelow = fixedChance(values["alert-below"], "--alert-below")
    ?? firstMeeting([...ALERT_BELOW_GRID, 0], (chance) => meetsTarget({ ...DEFAULT_CARE_ALERT_OPTIONS, alertBelow: chance, heldLoadAlertBelow }, `alertBelow=${chance} heldLoadAlertBelow=${heldLoadAlertBelow}`));
  const chosen: CareAlertOptions = { ...DEFAULT_CARE_ALERT_OPTIONS, alertBelow, heldLoadAlertBelow };
  console.log(`care eval: ${describe(evaluateCare(households, chosen, settings))}`);
  if (values.detail) {
    const all = evaluateCare(households, chosen, settings);
    console.log(`chosen alertBelow=${chosen.alertBelow} heldLoadAlertBelow=${chosen.heldLoadAlertBelow} minQuietHours=${chosen.minQuietHours}`);
    console.log(`median delay over all incidents (a miss counts as later than ${settings.incidentHours} h): ${medianWithMisses(all)}`);
    console.log(`false alarms by how long the real quiet lasted: ${falseAlarmBreakdown(all.falseAlarmQuietHours)}`);
    if (chosen.alertBelow !== DEFAULT_CARE_ALERT_OPTIONS.alertBelow || chosen.heldLoadAlertBelow !== DEFAULT_CARE_ALERT_OPTIONS.heldLoadAlertBelow) {
      console.log(`product default alertBelow=${DEFAULT_CARE_ALERT_OPTIONS.alertBelow} heldLoadAlertBelow=${DEFAULT_CARE_ALERT_OPTIONS.heldLoadAlertBelow}: ${describe(evaluateCare(households, DEFAULT_CARE_ALERT_OPTIONS, settings))}`);
    }
    console.log(`tuning half: ${describe(evaluateCare(tuning, chosen, settings))}`);
    console.log(`held-out half: ${describe(evaluateCare(heldOut, chosen, settings))}`);
  }
}

await main();
