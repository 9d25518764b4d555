import { PbfWriter } from "pbf";

// Mapbox Vector Tile 2.1 (github.com/mapbox/vector-tile-spec): Tile { layers = 3 },
// Layer { name = 1, features = 2, keys = 3, values = 4, extent = 5, version = 15 }.

export const TILE_EXTENT = 4096;

type Point = readonly [number, number];
type PropertyValue = string | number;

export type TileGeometry =
  /** Rings in tile coordinates; the first of each polygon is its outline, the rest its holes. */
  | { type: "polygons"; polygons: readonly (readonly (readonly Point[])[])[] }
  | { type: "points"; points: readonly Point[] };

export interface TileFeature {
  id?: number;
  properties: Readonly<Record<string, PropertyValue>>;
  geometry: TileGeometry;
}

export interface TileLayer {
  name: string;
  features: readonly TileFeature[];
}

const GEOMETRY_TYPE = { points: 1, polygons: 3 } as const;
const MOVE_TO = 1;
const LINE_TO = 2;
const CLOSE_PATH = 7;

/** A layer without features is left out; a tile whose layers are all empty encodes to no bytes. */
export function encodeVectorTile(layers: readonly TileLayer[]): Uint8Array {
  const pbf = new PbfWriter();
  for (const layer of layers) {
    const features = layer.features.flatMap((feature) => {
      const commands = geometryCommands(feature.geometry);
      return commands.length > 0 ? [{ feature, commands }] : [];
    });
    if (features.length > 0) pbf.writeMessage(3, writeLayer, { name: layer.name, features });
  }
  return pbf.finish();
}

interface EncodedLayer {
  name: string;
  features: readonly { feature: TileFeature; commands: number[] }[];
}

function writeLayer(layer: EncodedLayer, pbf: PbfWriter): void {
  pbf.writeVarintField(15, 2);
  pbf.writeStringField(1, layer.name);
  const keys = new Map<string, number>();
  const values = new Map<string, { index: number; value: PropertyValue }>();
  const indexOf = <T>(table: Map<string, T>, key: string, make: (index: number) => T) => {
    if (!table.has(key)) table.set(key, make(table.size));
    return table.get(key)!;
  };
  for (const { feature, commands } of layer.features) {
    const tags: number[] = [];
    for (const [key, value] of Object.entries(feature.properties)) {
      tags.push(indexOf(keys, key, (index) => index));
      tags.push(indexOf(values, `${typeof value}:${value}`, (index) => ({ index, value })).index);
    }
    pbf.writeMessage(2, writeFeature, { id: feature.id, type: GEOMETRY_TYPE[feature.geometry.type], tags, commands });
  }
  for (const key of keys.keys()) pbf.writeStringField(3, key);
  for (const { value } of values.values()) pbf.writeMessage(4, writeValue, value);
  pbf.writeVarintField(5, TILE_EXTENT);
}

function writeFeature(feature: { id?: number; type: number; tags: number[]; commands: number[] }, pbf: PbfWriter): void {
  if (feature.id !== undefined) pbf.writeVarintField(1, feature.id);
  pbf.writePackedVarint(2, feature.tags);
  pbf.writeVarintField(3, feature.type);
  pbf.writePackedVarint(4, feature.commands);
}

function writeValue(value: PropertyValue, pbf: PbfWriter): void {
  if (typeof value === "string") pbf.writeStringField(1, value);
  else if (Number.isInteger(value)) pbf.writeSVarintField(6, value);
  else pbf.writeDoubleField(3, value);
}

function geometryCommands(geometry: TileGeometry): number[] {
  const out: number[] = [];
  const cursor = { x: 0, y: 0 };
  const moveBy = ([x, y]: Point) => {
    out.push(zigzag(x - cursor.x), zigzag(y - cursor.y));
    cursor.x = x;
    cursor.y = y;
  };
  if (geometry.type === "points") {
    if (geometry.points.length === 0) return out;
    out.push(command(MOVE_TO, geometry.points.length));
    geometry.points.forEach(moveBy);
    return out;
  }
  for (const polygon of geometry.polygons) {
    polygon.forEach((ring, i) => {
      const points = openRing(ring);
      if (points.length < 3 || signedArea(points) === 0) return;
      // The outline turns clockwise on screen (positive area with y down), holes the other way.
      const outline = i === 0;
      const oriented = (signedArea(points) > 0) === outline ? points : [...points].reverse();
      out.push(command(MOVE_TO, 1));
      moveBy(oriented[0]!);
      out.push(command(LINE_TO, oriented.length - 1));
      oriented.slice(1).forEach(moveBy);
      out.push(command(CLOSE_PATH, 1));
    });
  }
  return out;
}

/** Without repeated points and without the closing point (ClosePath draws that edge). */
function openRing(ring: readonly Point[]): Point[] {
  const points = ring.filter((point, i) => i === 0 || point[0] !== ring[i - 1]![0] || point[1] !== ring[i - 1]![1]);
  const [first, last] = [points[0], points.at(-1)];
  if (points.length > 1 && first![0] === last![0] && first![1] === last![1]) points.pop();
  return points;
}

function signedArea(ring: readonly Point[]): number {
  let sum = 0;
  ring.forEach(([x, y], i) => {
    const [nx, ny] = ring[(i + 1) % ring.length]!;
    sum += x * ny - nx * y;
  });
  return sum / 2;
}

const command = (id: number, count: number) => (id & 0x7) | (count << 3);
const zigzag = (n: number) => (n << 1) ^ (n >> 31);
