import { WebMercatorViewport } from "@deck.gl/core";
import { cellToBoundary, cellToLatLng, latLngToCell } from "h3-js";
import { describe, expect, it } from "vitest";
import { hexagonVertices } from "@/app/_map/hexagon-vertices";

/** The outline as deck.gl's own H3 layer works it out: through the viewport's Web Mercator projection. */
function projectedOutline(hex: string): [number, number][] {
  const [lat, lng] = cellToLatLng(hex);
  const viewport = new WebMercatorViewport({ latitude: lat, longitude: lng, zoom: 12, width: 800, height: 600 });
  const [x0, y0] = viewport.projectFlat([lng, lat]);
  const { unitsPerMeter } = viewport.distanceScales;
  return cellToBoundary(hex).map(([vertexLat, vertexLng]) => {
    const [x, y] = viewport.projectFlat([vertexLng, vertexLat]);
    return [(x - x0) / unitsPerMeter[0]!, (y - y0) / unitsPerMeter[1]!];
  });
}

describe("hexagonVertices", () => {
  it.each([7, 8, 9])("outlines a res-%i cell in meters east and north of its centre, as the projection does", (resolution) => {
    const hex = latLngToCell(31.23, 121.47, resolution);
    const vertices = hexagonVertices(hex);
    const expected = projectedOutline(hex);
    expect(vertices).toHaveLength(6);
    const size = Math.hypot(...expected[0]!);
    vertices.forEach(([east, north], i) => {
      const [x, y] = expected[i]!;
      expect(Math.hypot(east - x, north - y)).toBeLessThan(size * 0.01);
    });
  });
});
