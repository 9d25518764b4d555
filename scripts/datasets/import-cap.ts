/**
 * Copies OASIS CAP 1.2's XML Schema and the google/cap-library sample alerts into the repository,
 * checking that the schema is CAP 1.2's and reading every sample with the project's own CAP parser
 * (lib/domain/alerts/parse-cap-alert.ts), so what the tests expect of each is printed here.
 * Source and licence: datasets/cap/SOURCE.md.
 *
 *   npm run datasets:cap [-- --source <folder with cap12.xsd and *.cap>]
 */
import { copyFile, mkdir, readdir, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { CAP_NAMESPACE } from "../../lib/contracts/cap-alert";
import { parseCapAlert } from "../../lib/domain/alerts/parse-cap-alert";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const output = `${repoRoot}datasets/cap`;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { source: { type: "string", default: `${repoRoot}../shared/data/cap` } } });
  const source = values.source;
  const schema = await readFile(`${source}/cap12.xsd`, "utf8");
  if (!schema.includes(`targetNamespace="${CAP_NAMESPACE}"`)) throw new Error(`${source}/cap12.xsd is not the CAP 1.2 schema`);

  await mkdir(`${output}/samples`, { recursive: true });
  await copyFile(`${source}/cap12.xsd`, `${output}/cap12.xsd`);
  await copyFile(`${source}/LICENSE-cap-library.txt`, `${output}/LICENSE-cap-library.txt`);
  const samples = (await readdir(source)).filter((name) => name.endsWith(".cap")).sort();
  for (const name of samples) {
    await copyFile(`${source}/${name}`, `${output}/samples/${name}`);
    const result = parseCapAlert(await readFile(`${source}/${name}`));
    console.log(`${name}: ${result.ok ? `valid (${result.alert.msgType}, ${result.alert.infos.length} info)` : `refused: ${"element" in result ? `${result.element}: ` : ""}${result.message}`}`);
  }
  console.log(`cap12.xsd and ${samples.length} samples → ${output}`);
}

await main();
