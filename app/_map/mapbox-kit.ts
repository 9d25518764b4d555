import "mapbox-gl/dist/mapbox-gl.css";
import { Map, Marker, Popup, useControl } from "react-map-gl/mapbox";
import type { MapKit } from "./map-kit";

// Only the Mapbox mode loads this module, and mapbox-gl with it.
export const mapboxKit = { library: "mapbox", Map, Popup, Marker, useControl } as unknown as MapKit;
