import type { DistrictFeature } from "./convert-districts";

/**
 * One label point per district at its centroid. Labelling the polygons themselves would repeat
 * a name on every island of a district (崇明 has five).
 */
export function districtLabelPoints(features: readonly DistrictFeature[]) {
  return {
    type: "FeatureCollection" as const,
    features: features.map(({ properties: { adcode, nameZh, nameEn, centroid } }) => ({
      type: "Feature" as const,
      properties: { adcode, nameZh, nameEn },
      geometry: { type: "Point" as const, coordinates: centroid },
    })),
  };
}
