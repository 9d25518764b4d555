"use client";

import { MapboxOverlay, type MapboxOverlayProps } from "@deck.gl/mapbox";
import { useMapKit } from "./base-map";

/** deck.gl drawn over the map (MapLibre or mapbox-gl) on its own canvas (not interleaved), following its camera. */
export function DeckOverlay(props: MapboxOverlayProps) {
  const { useControl } = useMapKit();
  const overlay = useControl<MapboxOverlay>(() => new MapboxOverlay({ ...props, interleaved: false }));
  overlay.setProps(props);
  return null;
}
