import type { Kysely } from "kysely";
import { latLngToCell } from "h3-js";
import type { Category } from "@/lib/contracts/catalogue";
import { listCategories, listDistricts } from "@/lib/db/repositories/catalogue.repository";
import type { Database } from "@/lib/db/schema";
import { districtCentres } from "@/lib/domain/intake/district-centres";
import { geocodeAddress, type AddressPlace, type NamedDistrict } from "@/lib/domain/intake/geocode-address";
import type { Place } from "@/lib/domain/intake/open-case";

export const GRID_RESOLUTION = 9;

/** Catalogue, grid and district lookups kept in memory; the tables are small and change rarely. */
export interface ReferenceData {
  category(code: string): Category | undefined;
  place(lat: number, lng: number): Place;
  /** A report's address placed at the centre of the district it names, or null (see `geocodeAddress`). */
  geocode(address: string): AddressPlace | null;
  refresh(): Promise<void>;
}

export async function loadReferenceData(db: Kysely<Database>): Promise<ReferenceData> {
  let categories = new Map<string, Category>();
  let districtOfCell = new Map<string, number>();
  let named: NamedDistrict[] = [];
  const refresh = async () => {
    const [cats, grids, districts] = await Promise.all([
      listCategories(db),
      db.selectFrom("grids").select(["cell", "district", "lat", "lng"]).execute(),
      listDistricts(db),
    ]);
    categories = new Map(cats.map((c) => [c.code, c]));
    districtOfCell = new Map(grids.map((g) => [g.cell, g.district]));
    const centres = districtCentres(grids);
    named = districts.flatMap((d) => {
      const centre = centres.get(d.adcode);
      return centre ? [{ ...d, centre }] : [];
    });
  };
  await refresh();
  return {
    category: (code) => categories.get(code),
    place(lat, lng) {
      const gridCell = latLngToCell(lat, lng, GRID_RESOLUTION);
      return { gridCell, district: districtOfCell.get(gridCell) ?? null };
    },
    geocode: (address) => geocodeAddress(address, named),
    refresh,
  };
}
