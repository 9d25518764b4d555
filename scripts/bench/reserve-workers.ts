import * as shanghai from "@/lib/city/shanghai";
import type { DemoWorker } from "@/lib/city/shanghai";

/**
 * A typhoon-night reserve on top of the demo's 300 workers, spread evenly over the built-up grid
 * cells so that every district has some, with every skill and a load limit high enough that a run of tens of thousands of
 * events measures the pipeline rather than running out of staff.
 */
export function reserveWorkers(count: number): DemoWorker[] {
  const skills = [...new Set(shanghai.catalogue.flatMap((c) => c.skills))];
  return Array.from({ length: count }, (_, i) => {
    const grid = shanghai.grids[Math.floor((i * shanghai.grids.length) / count) % shanghai.grids.length]!;
    return {
      id: `R${String(i + 1).padStart(5, "0")}`,
      name: `后备${i + 1}`,
      phone: `139${String(i).padStart(8, "0")}`,
      district: grid.district,
      gridCell: grid.cell,
      skills,
      maxLoad: 1_000,
      lat: grid.lat,
      lng: grid.lng,
    };
  });
}
