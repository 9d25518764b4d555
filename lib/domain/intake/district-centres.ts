import type { GeoLocation } from "@/lib/contracts/geo";

interface Grid {
  district: number;
  lat: number;
  lng: number;
}

/**
 * Where a report that names only its district is placed: the district's grid nearest the mean of
 * its grids, so the point lies in the district (and in a grid) however the district is shaped.
 * Districts without grids have no centre: nobody works there to be dispatched.
 */
export function districtCentres(grids: readonly Grid[]): Map<number, GeoLocation> {
  const byDistrict = new Map<number, Grid[]>();
  for (const grid of grids) {
    const cells = byDistrict.get(grid.district);
    if (cells) cells.push(grid);
    else byDistrict.set(grid.district, [grid]);
  }
  const centres = new Map<number, GeoLocation>();
  for (const [district, cells] of byDistrict) {
    const meanLat = cells.reduce((sum, g) => sum + g.lat, 0) / cells.length;
    const meanLng = cells.reduce((sum, g) => sum + g.lng, 0) / cells.length;
    const squaredOffset = (g: Grid) => (g.lat - meanLat) ** 2 + ((g.lng - meanLng) * Math.cos((meanLat * Math.PI) / 180)) ** 2;
    const nearest = cells.reduce((best, g) => (squaredOffset(g) < squaredOffset(best) ? g : best));
    centres.set(district, { lat: nearest.lat, lng: nearest.lng });
  }
  return centres;
}
