/**
 * Converts what the benchmark's Boston replay uses of the City of Boston's 2015 311 cases into the
 * repository: the rows of the replay's 59 days whose type maps onto a demo category and which have a
 * place, with only the columns the replay reads. Source and licence: datasets/boston311/SOURCE.md.
 *
 *   npm run datasets:boston [-- --source <boston-311-2015.csv.gz>]
 */
import { readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { gunzipSync, gzipSync } from "node:zlib";
import { BOSTON_COLUMNS, keptBostonRows } from "../bench/replay/boston-cases";
import { BOSTON_REPLAY_DAYS } from "../bench/replay/boston-window";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const output = `${repoRoot}datasets/boston311/boston-311-2015-jan-feb.csv.gz`;

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { source: { type: "string", default: `${repoRoot}../shared/data/boston311/boston-311-2015.csv.gz` } },
  });
  const text = gunzipSync(await readFile(values.source)).toString("utf8");
  const rows = keptBostonRows(text, BOSTON_REPLAY_DAYS);
  const csv = [BOSTON_COLUMNS, ...rows].map((row) => row.map(csvField).join(",")).join("\n") + "\n";
  // mtime 0 in the gzip header: the same source gives the same bytes.
  await writeFile(output, gzipSync(csv, { level: 9 }));
  console.log(`${rows.length} cases of ${BOSTON_REPLAY_DAYS} days → ${output}`);
}

await main();
