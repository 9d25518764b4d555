import type { Map as MaplibreMap } from "maplibre-gl";
import type { Language } from "@/app/_i18n/languages";

/** The base style's district labels carry both names; the screen shows the one in its language. */
export function showDistrictLabelsIn(map: MaplibreMap, language: Language): void {
  if (!map.getLayer("district-labels")) return;
  map.setLayoutProperty("district-labels", "text-field", ["get", language === "en" ? "nameEn" : "nameZh"]);
}

/** Where deck.gl draws the names itself (above its own layers), the base style's would show twice. */
export function hideBaseDistrictLabels(map: MaplibreMap): void {
  if (map.getLayer("district-labels")) map.setLayoutProperty("district-labels", "visibility", "none");
}
