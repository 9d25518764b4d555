import { TextLayer } from "@deck.gl/layers";
import { z } from "zod";
import type { Language } from "@/app/_i18n/languages";

/** public/city/district-labels.geojson: one point per district, at its centroid, with both names. */
export const districtLabelsSchema = z.object({
  features: z.array(
    z.object({
      properties: z.object({ adcode: z.number().int(), nameZh: z.string(), nameEn: z.string() }),
      geometry: z.object({ coordinates: z.tuple([z.number(), z.number()]) }),
    }),
  ),
});
export type DistrictLabel = z.infer<typeof districtLabelsSchema>["features"][number];

export const districtLabelsUrl = "/city/district-labels.geojson";
const cjkFonts = "'Noto Sans CJK SC','Noto Sans SC','Microsoft YaHei',sans-serif";

export function districtLabelText(label: DistrictLabel, language: Language): string {
  return language === "en" ? label.properties.nameEn : label.properties.nameZh;
}

/**
 * The district names, drawn by deck.gl above the hexagons: deck.gl's canvas lies over all of
 * MapLibre's, so names left in the base style would sit under the busiest cells.
 */
export function districtLabelsLayer(labels: readonly DistrictLabel[], language: Language) {
  return new TextLayer<DistrictLabel>({
    id: "district-labels",
    data: labels,
    getPosition: (label) => label.geometry.coordinates,
    getText: (label) => districtLabelText(label, language),
    getSize: 17,
    getColor: [232, 246, 255, 255],
    fontFamily: cjkFonts,
    fontWeight: 700,
    characterSet: "auto",
    fontSettings: { sdf: true, buffer: 8 },
    outlineWidth: 0.25,
    outlineColor: [2, 10, 23, 230],
    updateTriggers: { getText: language },
  });
}
