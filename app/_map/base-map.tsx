"use client";

import { createContext, useContext, useState, type Ref } from "react";
import type { MapProps, MapRef, MarkerProps, PopupProps } from "react-map-gl/maplibre";
import type { MapKit } from "./map-kit";
import { useBaseMap } from "./use-base-map";

const MapKitContext = createContext<MapKit | null>(null);

/** The entry that drew the enclosing map, for the popups, markers and controls drawn on it. */
export function useMapKit(): MapKit {
  const kit = useContext(MapKitContext);
  if (!kit) throw new Error("useMapKit outside a <BaseMap>");
  return kit;
}

const cjkFonts = "'Noto Sans CJK SC','Noto Sans SC','Microsoft YaHei',sans-serif";

export type BaseMapProps = Omit<MapProps, "mapStyle" | "mapLib" | "workerUrl" | "localIdeographFontFamily"> & { ref?: Ref<MapRef> };

/**
 * A map over the base map the server is configured with (GET /api/map/base-map), drawn by MapLibre
 * or by mapbox-gl accordingly; nothing until that is known. `data-base-map` names the mode and
 * `data-loaded` says whether the style and its first tiles have drawn (a Mapbox style that cannot be
 * reached never does; the layers above it still draw).
 */
export function BaseMap({ ref, children, onLoad, ...props }: BaseMapProps) {
  const baseMap = useBaseMap();
  const [loaded, setLoaded] = useState(false);
  if (!baseMap) return null;
  const { kit } = baseMap;
  const load: BaseMapProps["onLoad"] = (event) => {
    setLoaded(true);
    onLoad?.(event);
  };
  return (
    <MapKitContext value={kit}>
      <div data-base-map={baseMap.mode} data-map-library={kit.library} data-loaded={loaded} style={{ display: "contents" }}>
        <kit.Map ref={ref} mapStyle={baseMap.mapStyle} localIdeographFontFamily={cjkFonts} {...baseMap.options} {...props} onLoad={load}>
          {children}
        </kit.Map>
      </div>
    </MapKitContext>
  );
}

export function MapPopup(props: PopupProps) {
  const { Popup } = useMapKit();
  return <Popup {...props} />;
}

export function MapMarker(props: MarkerProps) {
  const { Marker } = useMapKit();
  return <Marker {...props} />;
}
