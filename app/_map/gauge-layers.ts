import { ColumnLayer, ScatterplotLayer } from "@deck.gl/layers";
import { cellToLatLng } from "h3-js";
import type { ScreenSensor } from "@/lib/contracts";
import { levelColor, rainColor } from "./gauge-colors";
import { hexagonVertices } from "./hexagon-vertices";
import type { RainField } from "./rain-field";

/** A gauge as the map draws it, with the value in force (live, or the timeline's). */
export interface GaugePoint {
  readonly id: string;
  readonly kind: ScreenSensor["kind"];
  readonly lat: number;
  readonly lng: number;
  readonly alarmAbove: number | null;
  readonly value: number | null;
}

const dryGauge = [148, 163, 184, 150] as const;

/**
 * The gauges at their place: rain gauges as dots in their rain class's colour, water-level gauges as
 * rings coloured by their level against the alarm. On an ordinary day small; in typhoon mode larger.
 */
export function gaugesLayer(gauges: readonly GaugePoint[], typhoon: boolean) {
  const scale = typhoon ? 1.3 : 1;
  return new ScatterplotLayer<GaugePoint>({
    id: "gauges",
    data: gauges,
    radiusUnits: "pixels",
    lineWidthUnits: "pixels",
    stroked: true,
    getPosition: (gauge) => [gauge.lng, gauge.lat],
    getRadius: (gauge) => (gauge.kind === "rain_gauge" ? 3.5 : 3) * scale,
    getFillColor: (gauge) => {
      if (gauge.kind === "water_level") return [10, 20, 35, 200];
      const color = gauge.value === null ? null : rainColor(gauge.value);
      return color ? [...color, 235] : dryGauge;
    },
    getLineColor: (gauge) => (gauge.kind === "water_level" ? [...levelColor(gauge.value, gauge.alarmAbove), 255] : [2, 10, 23, 200]),
    getLineWidth: (gauge) => (gauge.kind === "water_level" ? 2 * scale : 0.75),
    updateTriggers: { getRadius: scale, getLineWidth: scale },
  });
}

const fieldPlaces = new WeakMap<readonly string[], { positions: Float64Array; vertices: [number, number][] }>();

/** The interpolated rain as hexes in the rain classes' colours, dry cells clear. */
export function rainFieldLayer(field: RainField) {
  let places = fieldPlaces.get(field.hexes);
  if (!places) {
    const positions = new Float64Array(field.hexes.length * 2);
    field.hexes.forEach((hex, i) => {
      const [lat, lng] = cellToLatLng(hex);
      positions[i * 2] = lng;
      positions[i * 2 + 1] = lat;
    });
    places = { positions, vertices: field.hexes.length > 0 ? hexagonVertices(field.hexes[0]!) : [] };
    fieldPlaces.set(field.hexes, places);
  }
  const colors = new Uint8Array(field.hexes.length * 4);
  field.values.forEach((value, i) => {
    const color = rainColor(value);
    if (color) colors.set([...color, 255], i * 4);
  });
  return new ColumnLayer({
    id: "rain-field",
    data: { length: field.hexes.length, attributes: { getPosition: { value: places.positions, size: 2 }, getFillColor: { value: colors, size: 4 } } },
    diskResolution: 6,
    vertices: places.vertices,
    radius: 1,
    extruded: false,
    stroked: false,
    flatShading: true,
    opacity: 0.32,
  });
}
