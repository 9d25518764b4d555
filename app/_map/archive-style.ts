import type { FilterSpecification, LayerSpecification, StyleSpecification } from "maplibre-gl";

export interface ArchiveContents {
  /** As PMTiles' header says: vector tiles, or images of one kind or another. */
  tiles: "vector" | "raster";
  /** The vector layers its metadata lists (TileJSON `vector_layers`). */
  vectorLayers: readonly string[];
}

const SOURCE = "archive";
const palette = { background: "#040b1a", fill: "#0a2142", line: "#5fe6ff", point: "#9adfff" };

/**
 * A style for a PMTiles archive that came without one: every vector layer drawn plainly in the
 * screen's colours (areas filled, lines and outlines stroked, points as dots), or the images as they are.
 * A city that wants its streets drawn with care points MAP_STYLE_URL at its own style instead.
 */
export function archiveStyle(archiveUrl: string, contents: ArchiveContents): StyleSpecification {
  const background: LayerSpecification = { id: "background", type: "background", paint: { "background-color": palette.background } };
  if (contents.tiles === "raster") {
    return {
      version: 8,
      sources: { [SOURCE]: { type: "raster", url: `pmtiles://${archiveUrl}`, tileSize: 256 } },
      layers: [background, { id: "archive-raster", type: "raster", source: SOURCE }],
    };
  }
  const polygons: FilterSpecification = ["==", ["geometry-type"], "Polygon"];
  const strokes: FilterSpecification = ["in", ["geometry-type"], ["literal", ["Polygon", "LineString"]]];
  const points: FilterSpecification = ["==", ["geometry-type"], "Point"];
  const layers = contents.vectorLayers.flatMap((name): LayerSpecification[] => [
    { id: `${name}-fill`, type: "fill", source: SOURCE, "source-layer": name, filter: polygons, paint: { "fill-color": palette.fill, "fill-opacity": 0.6 } },
    { id: `${name}-line`, type: "line", source: SOURCE, "source-layer": name, filter: strokes, paint: { "line-color": palette.line, "line-width": 1, "line-opacity": 0.7 } },
    { id: `${name}-point`, type: "circle", source: SOURCE, "source-layer": name, filter: points, paint: { "circle-color": palette.point, "circle-radius": 2 } },
  ]);
  return { version: 8, sources: { [SOURCE]: { type: "vector", url: `pmtiles://${archiveUrl}` } }, layers: [background, ...layers] };
}
