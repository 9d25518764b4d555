import type { Map, Marker, Popup, useControl } from "react-map-gl/maplibre";

/**
 * The components of one of react-map-gl's entries: MapLibre's, or Mapbox's over mapbox-gl. The two
 * take the same props and refs; they are typed as MapLibre's, the library this app is written for.
 * Popups, markers and controls must come from the entry that drew their map.
 */
export interface MapKit {
  library: "maplibre" | "mapbox";
  Map: typeof Map;
  Popup: typeof Popup;
  Marker: typeof Marker;
  useControl: typeof useControl;
}
