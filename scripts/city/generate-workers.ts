import type { DemoWorker, GridCell } from "@/lib/city/schemas";
import { offsetMeters } from "@/scripts/simulator/model/local-meters";
import type { Random } from "@/scripts/simulator/model/seeded-random";
import { chineseName } from "./chinese-names";
import { roundCoordinate } from "./convert-districts";

export interface WorkerPlan {
  total: number;
  /** Worker i of a district gets profile i mod profiles.length, so each district needs at least that many workers. */
  profiles: readonly (readonly string[])[];
  extraSkillChance: number;
  minMaxLoad: number;
  maxMaxLoad: number;
  positionJitterMeters: number;
}

/** Grid workers spread over the grids, each district staffed in proportion to its cells. */
export function generateWorkers(grids: readonly GridCell[], random: Random, plan: WorkerPlan): DemoWorker[] {
  const cellsByDistrict = new Map<number, GridCell[]>();
  for (const grid of grids) {
    const cells = cellsByDistrict.get(grid.district) ?? [];
    cells.push(grid);
    cellsByDistrict.set(grid.district, cells);
  }
  const districts = [...cellsByDistrict.keys()].sort((a, b) => a - b);
  const staffing = allocate(
    districts.map((d) => cellsByDistrict.get(d)?.length ?? 0),
    plan.total,
    plan.profiles.length,
  );
  const allSkills = [...new Set(plan.profiles.flat())].sort();

  const workers: DemoWorker[] = [];
  districts.forEach((district, districtIndex) => {
    const homes = shuffled(cellsByDistrict.get(district) ?? [], random);
    const count = staffing[districtIndex] ?? 0;
    if (count > homes.length) throw new Error(`district ${district} has fewer grids than workers`);
    for (let i = 0; i < count; i++) {
      const home = homes[i] as GridCell;
      const skills = new Set(plan.profiles[i % plan.profiles.length]);
      if (random.float() < plan.extraSkillChance) skills.add(random.pick(allSkills));
      const number = workers.length + 1;
      const position = offsetMeters(
        home,
        random.gaussian() * plan.positionJitterMeters,
        random.gaussian() * plan.positionJitterMeters,
      );
      workers.push({
        id: `W${String(number).padStart(4, "0")}`,
        name: chineseName(random),
        phone: `1390000${String(number).padStart(4, "0")}`,
        district,
        gridCell: home.cell,
        skills: [...skills].sort(),
        maxLoad: random.int(plan.minMaxLoad, plan.maxMaxLoad + 1),
        lat: roundCoordinate(position.lat),
        lng: roundCoordinate(position.lng),
      });
    }
  });
  return workers;
}

/** Splits `total` in proportion to `sizes` (largest remainder), giving each share at least `minimum`. */
function allocate(sizes: readonly number[], total: number, minimum: number): number[] {
  const spare = total - minimum * sizes.length;
  if (spare < 0) throw new Error(`${total} workers cannot give ${sizes.length} districts ${minimum} each`);
  const sizeSum = sizes.reduce((sum, s) => sum + s, 0);
  const exact = sizes.map((s) => (spare * s) / sizeSum);
  const shares = exact.map((e) => minimum + Math.floor(e));
  const leftover = total - shares.reduce((sum, s) => sum + s, 0);
  const byRemainder = exact.map((e, i) => ({ i, remainder: e - Math.floor(e) })).sort((a, b) => b.remainder - a.remainder);
  for (const { i } of byRemainder.slice(0, leftover)) shares[i] = (shares[i] ?? minimum) + 1;
  return shares;
}

function shuffled<T>(items: readonly T[], random: Random): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = random.int(0, i + 1);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}
