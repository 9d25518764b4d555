import { PathLayer, PolygonLayer, ScatterplotLayer } from "@deck.gl/layers";
import type { LngLat } from "./storm-geometry";
import type { StormView } from "./storm-view";

interface Ring {
  readonly id: string;
  readonly ring: LngLat[];
  readonly fill: [number, number, number, number];
  readonly line: [number, number, number, number];
}

interface Path {
  readonly id: string;
  readonly path: LngLat[];
  readonly color: [number, number, number, number];
  readonly width: number;
}

/**
 * The storm as forecasters draw it: the cone of the forecast in force (pale), the gale (≥ 30 kt, amber)
 * and storm (≥ 50 kt, red) wind radii round its position, the past track solid, the forecast track
 * thinner, and the analysed positions as dots.
 */
export function stormLayers(storm: StormView) {
  const rings: Ring[] = [];
  if (storm.coneRing) rings.push({ id: "cone", ring: storm.coneRing, fill: [226, 232, 240, 34], line: [226, 232, 240, 150] });
  if (storm.galeRing) rings.push({ id: "gale", ring: storm.galeRing, fill: [250, 204, 21, 40], line: [250, 204, 21, 220] });
  if (storm.stormRing) rings.push({ id: "storm", ring: storm.stormRing, fill: [239, 68, 68, 55], line: [239, 68, 68, 235] });
  const paths: Path[] = [
    { id: "past", path: storm.pastTrack, color: [244, 114, 182, 240], width: 3 },
    { id: "forecast", path: storm.forecastTrack, color: [255, 255, 255, 200], width: 2 },
  ];
  return [
    new PolygonLayer<Ring>({
      id: "storm-areas",
      data: rings,
      getPolygon: (ring) => ring.ring,
      getFillColor: (ring) => ring.fill,
      getLineColor: (ring) => ring.line,
      lineWidthUnits: "pixels",
      getLineWidth: 1.5,
      stroked: true,
      filled: true,
    }),
    new PathLayer<Path>({
      id: "storm-tracks",
      data: paths.filter((p) => p.path.length >= 2),
      getPath: (p) => p.path,
      getColor: (p) => p.color,
      getWidth: (p) => p.width,
      widthUnits: "pixels",
      capRounded: true,
      jointRounded: true,
    }),
    new ScatterplotLayer<{ at: LngLat; now: boolean }>({
      id: "storm-positions",
      data: [...storm.pastTrack.slice(0, -1).map((at) => ({ at, now: false })), ...storm.forecastTrack.slice(1).map((at) => ({ at, now: false })), { at: storm.position, now: true }],
      radiusUnits: "pixels",
      getPosition: (p) => p.at,
      getRadius: (p) => (p.now ? 9 : 3),
      getFillColor: (p) => (p.now ? [239, 68, 68, 255] : [255, 255, 255, 220]),
      getLineColor: [255, 255, 255, 255],
      lineWidthUnits: "pixels",
      getLineWidth: (p) => (p.now ? 2.5 : 0),
      stroked: true,
    }),
  ];
}
