/**
 * Converts the DAIAD smart-water-meter trial A (92 households, hourly cumulative readings, March 2016 – February 2017)
 * into hourly use per household: datasets/smart-meters/hourly-water.csv.gz. Source and licence: datasets/smart-meters/SOURCE.md.
 *
 *   npm run datasets:meters [-- --source <daiad-swm-trialA.zip>]
 */
import { readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { formatHourlyUseCsv, type HouseholdUse } from "../../lib/domain/care/hourly-use-csv";
import { hourlyUseFromReadings, type MeterReading } from "../../lib/domain/care/hourly-use-from-readings";
import { readSingleZipEntry } from "./read-single-zip-entry";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const output = `${repoRoot}datasets/smart-meters/hourly-water.csv.gz`;
const HEADER = "user key;datetime;meter reading;diff";

/** `dd/mm/yyyy hh:mm:ss` on the meters' local clock, kept as if it were UTC: hour of the week is what matters. */
function parseTime(text: string): number {
  const match = /^(\d\d)\/(\d\d)\/(\d{4}) (\d\d):(\d\d):(\d\d)$/.exec(text);
  if (!match) throw new Error(`bad datetime ${text}`);
  const [, day, month, year, hour, minute, second] = match.map(Number) as [number, ...number[]];
  return Date.UTC(year!, month! - 1, day!, hour!, minute!, second!);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { source: { type: "string", default: `${repoRoot}../shared/data/smart-meters/daiad-swm-trialA.zip` } },
  });
  const { content } = readSingleZipEntry(await readFile(values.source));
  const [header, ...lines] = content.toString("utf8").trimEnd().split(/\r?\n/);
  if (header !== HEADER) throw new Error(`unexpected header: ${header}`);
  const readings = new Map<string, MeterReading[]>();
  for (const line of lines) {
    const [key, datetime, , diff] = line.split(";");
    if (!key || !datetime || diff === undefined || !/^-?\d+$/.test(diff)) throw new Error(`malformed line: ${line}`);
    const list = readings.get(key) ?? [];
    list.push({ at: parseTime(datetime), litres: Number(diff) });
    readings.set(key, list);
  }
  const households: HouseholdUse[] = [];
  let dropped = 0;
  for (const [key, list] of [...readings].sort(([a], [b]) => a.localeCompare(b))) {
    const { use, droppedReadings } = hourlyUseFromReadings(list);
    dropped += droppedReadings;
    households.push({ household: key.slice(0, 8), use });
  }
  if (new Set(households.map((entry) => entry.household)).size !== households.length) throw new Error("short ids collide");
  const gzipped = gzipSync(formatHourlyUseCsv(households), { level: 9 });
  await writeFile(output, gzipped);
  console.log(
    `${households.length} households, ${lines.length} readings (${dropped} impossible differences dropped) → ${output} (${(gzipped.length / 1e6).toFixed(2)} MB)`,
  );
}

await main();
