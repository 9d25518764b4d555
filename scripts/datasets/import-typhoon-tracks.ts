/**
 * Converts JMA best tracks in tonglan's best-track CSV form into the repository, validated: every row
 * checked (lib/domain/typhoon/best-track-csv.ts), each storm's fixes contiguous and in time order.
 * Source and licence: datasets/typhoon/SOURCE.md.
 *
 *   npm run datasets:typhoon [-- --source <tracks.csv>]
 */
import { readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { formatBestTrackCsv, parseBestTrackCsv } from "../../lib/domain/typhoon/best-track-csv";
import { stormsFromRows } from "../../lib/domain/typhoon/best-track";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const output = `${repoRoot}datasets/typhoon/best-tracks.csv`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { source: { type: "string", default: `${repoRoot}../shared/data/typhoon/tracks-lekima-1909-infa-2106.csv` } },
  });
  const rows = parseBestTrackCsv(await readFile(values.source, "utf8"));
  const storms = stormsFromRows(rows);
  await writeFile(output, formatBestTrackCsv(rows));
  console.log(`${storms.map((storm) => `${storm.name} (${storm.points.length} fixes)`).join(", ")} → ${output}`);
}

await main();
