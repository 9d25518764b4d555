import type { Kysely } from "kysely";
import { latLngToCell } from "h3-js";
import type { Category } from "@/lib/contracts/catalogue";
import { listCategories } from "@/lib/db/repositories/catalogue.repository";
import type { Database } from "@/lib/db/schema";
import type { Place } from "@/lib/domain/intake/open-case";

export const GRID_RESOLUTION = 9;

/** Catalogue and grid lookups kept in memory; the tables are small and change rarely. */
export interface ReferenceData {
  category(code: string): Category | undefined;
  place(lat: number, lng: number): Place;
  refresh(): Promise<void>;
}

export async function loadReferenceData(db: Kysely<Database>): Promise<ReferenceData> {
  let categories = new Map<string, Category>();
  let districtOfCell = new Map<string, number>();
  const refresh = async () => {
    const [cats, grids] = await Promise.all([
      listCategories(db),
      db.selectFrom("grids").select(["cell", "district"]).execute(),
    ]);
    categories = new Map(cats.map((c) => [c.code, c]));
    districtOfCell = new Map(grids.map((g) => [g.cell, g.district]));
  };
  await refresh();
  return {
    category: (code) => categories.get(code),
    place(lat, lng) {
      const gridCell = latLngToCell(lat, lng, GRID_RESOLUTION);
      return { gridCell, district: districtOfCell.get(gridCell) ?? null };
    },
    refresh,
  };
}
