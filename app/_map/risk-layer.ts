import { PolygonLayer, ScatterplotLayer } from "@deck.gl/layers";
import { cellToBoundary, cellToLatLng, isValidCell } from "h3-js";
import { hexColumnLayer } from "./density-layer";
import { riskColor } from "./density-ramp";
import type { RiskHexes } from "./risk-hexes";

/** The flood-risk hexes, coloured by score; drawn where the case hexagons (or typhoon mode's rain field) were, under the district names. */
export function riskLayer(risk: RiskHexes) {
  const colors = new Uint8Array(risk.scores.length * 4);
  risk.scores.forEach((score, i) => colors.set([...riskColor(score), 255], i * 4));
  // Denser than the case hexagons' 0.38: a few dozen cells on a dark map, and they are the night's point.
  return hexColumnLayer("risk-hexes", risk.hexes, colors, 0.6);
}

/**
 * The risk point picked in the list: its own grid cell outlined (seen once the map has flown in) and a
 * ring of fixed size round it, seen at any zoom.
 */
export function selectedRiskLayers(cell: string | null) {
  if (!cell || !isValidCell(cell)) return [];
  const [lat, lng] = cellToLatLng(cell);
  const outline = cellToBoundary(cell).map(([pLat, pLng]) => [pLng, pLat]);
  return [
    new PolygonLayer<{ polygon: number[][] }>({
      id: "selected-risk-cell",
      data: [{ polygon: outline }],
      getPolygon: (d) => d.polygon,
      stroked: true,
      filled: false,
      lineWidthUnits: "pixels",
      getLineWidth: 2.5,
      getLineColor: [255, 255, 255, 255],
    }),
    new ScatterplotLayer<{ position: [number, number] }>({
      id: "selected-risk-ring",
      data: [{ position: [lng, lat] }],
      getPosition: (d) => d.position,
      radiusUnits: "pixels",
      lineWidthUnits: "pixels",
      stroked: true,
      filled: false,
      getRadius: 18,
      getLineWidth: 2.5,
      getLineColor: [255, 255, 255, 230],
    }),
  ];
}
