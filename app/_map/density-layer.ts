import { H3HexagonLayer } from "@deck.gl/geo-layers";
import type { CellCount } from "./case-density";
import { densityColor } from "./density-ramp";

/** H3 hexagons shaded by how many open cases they hold. */
export function densityLayer(cells: readonly CellCount[]) {
  const maxCount = cells.reduce((max, cell) => Math.max(max, cell.count), 0);
  return new H3HexagonLayer<CellCount>({
    id: "case-density",
    data: cells,
    extruded: false,
    stroked: false,
    opacity: 0.38,
    getHexagon: (cell) => cell.hex,
    getFillColor: (cell) => densityColor(cell.count, maxCount),
    updateTriggers: { getFillColor: maxCount },
  });
}
