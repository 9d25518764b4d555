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

function cellPlaces(hexes: readonly string[]): CellPlaces {
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
  return hexColumnLayer("case-density", cells.hexes, hexColors(cells, measure), 0.38);
}

/** Cells of one resolution, flat, each in its RGBA (four bytes per cell, in the order of `hexes`). */
export function hexColumnLayer(id: string, hexes: readonly string[], colors: Uint8Array, opacity: number) {
  const { positions, vertices } = cellPlaces(hexes);
  return new ColumnLayer({
    id,
    data: {
      length: hexes.length,
      attributes: {
        getPosition: { value: positions, size: 2 },
        getFillColor: { value: colors, size: 4 },
      },
    },
    diskResolution: 6,
    vertices,
    radius: 1,
    extruded: false,
    stroked: false,
    flatShading: true,
    opacity,
  });
}
