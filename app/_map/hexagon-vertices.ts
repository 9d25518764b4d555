import { cellToBoundary, cellToLatLng } from "h3-js";

const metersPerDegreeLat = 110_574;
const metersPerDegreeLngAtEquator = 111_320;

/**
 * The outline of `hex` as [east, north] meters from its centre, for a column layer to draw every cell
 * of that resolution with. Cells of one resolution across a city differ in size and shape by about a
 * percent, below what a density shading shows.
 */
export function hexagonVertices(hex: string): [number, number][] {
  const [lat0, lng0] = cellToLatLng(hex);
  const metersPerDegreeLng = metersPerDegreeLngAtEquator * Math.cos((lat0 * Math.PI) / 180);
  return cellToBoundary(hex).map(([lat, lng]) => [(lng - lng0) * metersPerDegreeLng, (lat - lat0) * metersPerDegreeLat]);
}
