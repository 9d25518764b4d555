/**
 * Writes the public registries the risk model may read (lib/city/shanghai/public-terrain.json,
 * waterlogging-history.json), made from the replay's hidden ground truth as a real city's would be made
 * from its real ground — coarsely and incompletely:
 * - terrain: each cell's depression averaged over its neighbourhood (H3 k-ring 3, ~0.6 km around) with a
 *   survey's noise, so the broad low-lying basins show and single underpasses do not; blocked drains never do;
 * - waterlogging spots: the cells where water stood deeper than 50 mm in four past heavy rains
 *   (past-rainstorms.ts), of which only about 55 % were ever reported, plus about 20 % spurious entries
 *   (a wrong address, a burst main).
 *
 *   npm run risk:registries
 */
import { writeFile } from "node:fs/promises";
import { gridDisk } from "h3-js";
import { grids } from "@/lib/city/shanghai";
import { createSeededRandom } from "@/scripts/simulator/model/seeded-random";
import { groundTruthCells } from "../ground-truth/cell-truth";
import { createFloodState } from "../ground-truth/flood-model";
import { pastRainMmH, pastRainstorms } from "./past-rainstorms";

const SEED = "tonglan-public-registries";
const TERRAIN_RING = 3;
const TERRAIN_NOISE = 0.04;
const FLOODED_MM = 50;
const REPORTED_SHARE = 0.55;
const SPURIOUS_SHARE = 0.2;
const STEP_HOURS = 1 / 6;

async function main(): Promise<void> {
  const random = createSeededRandom(SEED);
  const truth = groundTruthCells(grids);
  const index = new Map(truth.map((c, i) => [c.cell, i]));

  const terrain = truth.map((cell) => {
    const around = gridDisk(cell.cell, TERRAIN_RING).flatMap((c) => {
      const i = index.get(c);
      return i === undefined ? [] : [truth[i]!.depression];
    });
    const mean = around.reduce((a, b) => a + b, 0) / around.length;
    return { cell: cell.cell, lowness: round2(Math.min(1, Math.max(0, mean + TERRAIN_NOISE * random.gaussian()))) };
  });

  const reports = new Map<string, number>();
  const storms = pastRainstorms(random);
  let trulyFlooded = 0;
  for (const storm of storms) {
    const flood = createFloodState(truth);
    const deepest = new Float64Array(truth.length);
    for (let hours = STEP_HOURS; hours <= storm.hours + 2 + 1e-9; hours += STEP_HOURS) {
      const rain = hours <= storm.hours ? truth.map((c) => pastRainMmH(storm, c, hours - STEP_HOURS / 2)) : truth.map(() => 0);
      flood.step(rain, STEP_HOURS);
      flood.depthsMm.forEach((d, i) => (deepest[i] = Math.max(deepest[i]!, d)));
    }
    const flooded = truth.filter((_, i) => deepest[i]! > FLOODED_MM);
    trulyFlooded += flooded.length;
    const reported = flooded.filter(() => random.float() < REPORTED_SHARE);
    const spurious = Array.from({ length: Math.round(SPURIOUS_SHARE * reported.length) }, () => random.pick(truth));
    for (const cell of [...reported, ...spurious]) reports.set(cell.cell, (reports.get(cell.cell) ?? 0) + 1);
    console.log(`${storm.name}: ${flooded.length} cells flooded, ${reported.length} reported, ${spurious.length} spurious`);
  }
  const history = [...reports].map(([cell, count]) => ({ cell, reports: count })).sort((a, b) => a.cell.localeCompare(b.cell));

  const out = (name: string) => new URL(`../../../lib/city/shanghai/${name}`, import.meta.url);
  await writeFile(out("public-terrain.json"), `${JSON.stringify(terrain)}\n`);
  await writeFile(out("waterlogging-history.json"), `${JSON.stringify(history)}\n`);
  console.log(`public terrain for ${terrain.length} cells; ${history.length} waterlogging spots from ${trulyFlooded} truly flooded cell-events`);
}

const round2 = (x: number) => Math.round(x * 100) / 100;

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
