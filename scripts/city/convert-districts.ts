import { z } from "zod";
import type { DistrictInfo } from "@/lib/city/schemas";
import { gcj02ToWgs84 } from "@/lib/domain/geo/gcj02";

export type Position = [lng: number, lat: number];

export interface DistrictFeature {
  type: "Feature";
  properties: DistrictInfo & { centroid: Position };
  geometry: { type: "MultiPolygon"; coordinates: Position[][][] };
}

export interface DistrictCollection {
  type: "FeatureCollection";
  features: DistrictFeature[];
}

const sourcePosition = z.tuple([z.number(), z.number()]);
const sourceRing = z.array(sourcePosition).min(4);

/** The DataV atlas file as published: GCJ-02 coordinates, Chinese names only. */
export const sourceDistrictsSchema = z.object({
  type: z.literal("FeatureCollection"),
  features: z.array(
    z.object({
      type: z.literal("Feature"),
      properties: z.object({ adcode: z.number().int(), name: z.string().min(1), centroid: sourcePosition }),
      geometry: z.discriminatedUnion("type", [
        z.object({ type: z.literal("Polygon"), coordinates: z.array(sourceRing) }),
        z.object({ type: z.literal("MultiPolygon"), coordinates: z.array(z.array(sourceRing)) }),
      ]),
    }),
  ),
});

export type SourceDistricts = z.infer<typeof sourceDistrictsSchema>;

const englishNames: Readonly<Record<number, string>> = {
  310101: "Huangpu",
  310104: "Xuhui",
  310105: "Changning",
  310106: "Jing'an",
  310107: "Putuo",
  310109: "Hongkou",
  310110: "Yangpu",
  310112: "Minhang",
  310113: "Baoshan",
  310114: "Jiading",
  310115: "Pudong",
  310116: "Jinshan",
  310117: "Songjiang",
  310118: "Qingpu",
  310120: "Fengxian",
  310151: "Chongming",
};

/** 5 decimals ≈ 1 m, the accuracy of the GCJ-02 inversion itself. */
const COORDINATE_DECIMALS = 5;

/** Converts the atlas to WGS-84 with English names, sorted by adcode. */
export function convertDistricts(source: SourceDistricts): DistrictCollection {
  const features = source.features.map((feature): DistrictFeature => {
    const { adcode, name, centroid } = feature.properties;
    const nameEn = englishNames[adcode];
    if (nameEn === undefined) throw new Error(`no English name for district ${adcode} ${name}`);
    const polygons = feature.geometry.type === "Polygon" ? [feature.geometry.coordinates] : feature.geometry.coordinates;
    return {
      type: "Feature",
      properties: { adcode, nameZh: name, nameEn, centroid: toWgs84(centroid) },
      geometry: { type: "MultiPolygon", coordinates: polygons.map((rings) => rings.map((ring) => ring.map(toWgs84))) },
    };
  });
  features.sort((a, b) => a.properties.adcode - b.properties.adcode);
  return { type: "FeatureCollection", features };
}

function toWgs84(position: readonly [number, number]): Position {
  const [lng, lat] = gcj02ToWgs84(position);
  return [roundCoordinate(lng), roundCoordinate(lat)];
}

export function roundCoordinate(degrees: number): number {
  const factor = 10 ** COORDINATE_DECIMALS;
  return Math.round(degrees * factor) / factor;
}
