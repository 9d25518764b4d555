import { ColumnLayer } from "@deck.gl/layers";
import { cellToLatLng } from "h3-js";
import type { DensityCells } from "./hex-density";
import { hexColors, type CaseHexMeasure } from "./hex-measure";
import { hexagonVertices } from "./hexagon-vertices";

interface CellPlaces {
  /** lng, lat of each cell's centre. */
  readonly positions: Float64Array;
  readonly vertices: [number, number][];
}

// Cells are only ever added, so the hexes list (and the places worked out from it) changes only then.
const placesOf = new WeakMap<readonly string[], CellPlaces>();

export function cellPlaces(hexes: readonly string[]): CellPlaces {
  let places = placesOf.get(hexes);
  if (!places) {
    const positions = new Float64Array(hexes.length * 2);
    hexes.forEach((hex, i) => {
      const [lat, lng] = cellToLatLng(hex);
      positions[i * 2] = lng;
      positions[i * 2 + 1] = lat;
    });
    places = { positions, vertices: hexes.length > 0 ? hexagonVertices(hexes[0]!) : [] };
    placesOf.set(hexes, places);
  }
  return places;
}

/**
 * H3 cells shaded by a measure (by default how many open cases they hold), as one column layer read straight from typed
 * arrays: deck.gl's H3 layer is a composite that asks an accessor per cell for its colour whenever
 * any count changes. Centres are worked out once per list of cells, colours once per change.
 */
export function densityLayer(cells: DensityCells, measure: CaseHexMeasure = "density") {
  const { positions, vertices } = cellPlaces(cells.hexes);
  return new ColumnLayer({
    id: "case-density",
    data: {
      length: cells.hexes.length,
      attributes: {
        getPosition: { value: positions, size: 2 },
        getFillColor: { value: hexColors(cells, measure), size: 4 },
      },
    },
    diskResolution: 6,
    vertices,
    radius: 1,
    extruded: false,
    stroked: false,
    flatShading: true,
    opacity: 0.38,
  });
}
