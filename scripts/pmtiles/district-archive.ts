import { encodeVectorTile, TILE_EXTENT, type TileFeature } from "./encode-vector-tile";
import type { PmtilesArchive, PmtilesTile } from "./write-pmtiles";

type Position = [number, number];
type Properties = Record<string, string | number>;

export interface DistrictCollections {
  districts: { features: { properties: Properties; geometry: { type: "MultiPolygon" | "Polygon"; coordinates: unknown } }[] };
  labels: { features: { properties: Properties; geometry: { type: "Point"; coordinates: Position } }[] };
}

export const DISTRICTS_LAYER = "districts";
export const LABELS_LAYER = "district-labels";
export const DEFAULT_ZOOMS = { min: 6, max: 12 } as const;

interface Projected {
  properties: Properties;
  id?: number;
  /** Polygons of rings in world coordinates (0–1 across the Web Mercator square). */
  polygons?: Position[][][];
  point?: Position;
  bbox: [number, number, number, number];
}

/** The demo city's districts and their label points as a vector-tile archive over zooms `min`–`max`. */
export function districtArchive(collections: DistrictCollections, zooms: { min: number; max: number } = DEFAULT_ZOOMS): PmtilesArchive {
  const districts = collections.districts.features.map((feature): Projected => {
    const polygons = (feature.geometry.type === "Polygon" ? [feature.geometry.coordinates] : feature.geometry.coordinates) as Position[][][];
    const world = polygons.map((polygon) => polygon.map((ring) => ring.map(toWorld)));
    return { properties: pick(feature.properties, ["adcode", "nameZh", "nameEn"]), id: Number(feature.properties.adcode), polygons: world, bbox: bboxOf(world.flat(2)) };
  });
  const labels = collections.labels.features.map((feature): Projected => {
    const point = toWorld(feature.geometry.coordinates);
    return { properties: pick(feature.properties, ["adcode", "nameZh", "nameEn"]), point, bbox: [point[0], point[1], point[0], point[1]] };
  });
  const [minX, minY, maxX, maxY] = bboxOf(districts.flatMap((district) => district.polygons!.flat(2)));

  const tiles: PmtilesTile[] = [];
  for (let z = zooms.min; z <= zooms.max; z++) {
    const n = 2 ** z;
    for (let x = Math.floor(minX * n); x <= Math.floor(maxX * n); x++) {
      for (let y = Math.floor(minY * n); y <= Math.floor(maxY * n); y++) {
        const data = encodeVectorTile([
          { name: DISTRICTS_LAYER, features: inTile(districts, z, x, y) },
          { name: LABELS_LAYER, features: inTile(labels, z, x, y) },
        ]);
        if (data.length > 0) tiles.push({ z, x, y, data });
      }
    }
  }

  const [west, north] = toLngLat([minX, minY]);
  const [east, south] = toLngLat([maxX, maxY]);
  const field = { adcode: "Number", nameZh: "String", nameEn: "String" };
  return {
    tileType: "mvt",
    bounds: [west, south, east, north],
    center: [(west + east) / 2, (south + north) / 2, 9],
    metadata: {
      name: "tonglan demo city: Shanghai districts",
      description: "District boundaries and label points of the demo city, from public/city (npm run map:pmtiles)",
      attribution: "tonglan demo city",
      type: "baselayer",
      vector_layers: [
        { id: DISTRICTS_LAYER, fields: field, minzoom: zooms.min, maxzoom: zooms.max },
        { id: LABELS_LAYER, fields: field, minzoom: zooms.min, maxzoom: zooms.max },
      ],
    },
    tiles,
  };
}

// A little beyond the tile's edge, so that lines and labels on it are not cut at the seam.
const BUFFER = 64 / TILE_EXTENT;

/** Features overlapping tile z/x/y, in its coordinates; whole polygons (MapLibre clips at the tile's edge). */
function inTile(features: readonly Projected[], z: number, x: number, y: number): TileFeature[] {
  const n = 2 ** z;
  const [left, top, right, bottom] = [(x - BUFFER) / n, (y - BUFFER) / n, (x + 1 + BUFFER) / n, (y + 1 + BUFFER) / n];
  const toTile = ([wx, wy]: Position): [number, number] => [Math.round((wx * n - x) * TILE_EXTENT), Math.round((wy * n - y) * TILE_EXTENT)];
  return features
    .filter(({ bbox }) => bbox[0] <= right && bbox[2] >= left && bbox[1] <= bottom && bbox[3] >= top)
    .map((feature) => ({
      id: feature.id,
      properties: feature.properties,
      geometry: feature.polygons
        ? { type: "polygons" as const, polygons: feature.polygons.map((polygon) => polygon.map((ring) => ring.map(toTile))) }
        : { type: "points" as const, points: [toTile(feature.point!)] },
    }));
}

/** Web Mercator, as a fraction of the world's width from the antimeridian and from the north edge. */
function toWorld([lng, lat]: Position): Position {
  const sin = Math.sin((lat * Math.PI) / 180);
  return [(lng + 180) / 360, 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)];
}

function toLngLat([x, y]: Position): Position {
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
  return [x * 360 - 180, lat];
}

function bboxOf(points: readonly Position[]): [number, number, number, number] {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

function pick(properties: Properties, keys: readonly string[]): Properties {
  return Object.fromEntries(keys.filter((key) => properties[key] !== undefined).map((key) => [key, properties[key]!]));
}
