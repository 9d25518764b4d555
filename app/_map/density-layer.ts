import { H3HexagonLayer } from "@deck.gl/geo-layers";
import type { DensityCells } from "./hex-density";
import { densityColor } from "./density-ramp";

type Color = [number, number, number, number];

const empty: Color = [0, 0, 0, 0];

/** H3 hexagons shaded by how many open cases they hold; a cell left with none is drawn clear. */
export function densityLayer(cells: DensityCells) {
  const { counts, maxCount } = cells;
  // Cells share counts: one colour per count, not a new array per hexagon on every change.
  const colorOfCount: Color[] = [];
  return new H3HexagonLayer<string>({
    id: "case-density",
    data: cells.hexes,
    extruded: false,
    stroked: false,
    opacity: 0.38,
    getHexagon: (hex) => hex,
    getFillColor: (_hex, { index }) => {
      const count = counts[index] ?? 0;
      return (colorOfCount[count] ??= count === 0 ? empty : [...densityColor(count, maxCount), 255]);
    },
    updateTriggers: { getFillColor: cells.revision },
  });
}
