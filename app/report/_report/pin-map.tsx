"use client";

import type { MapLayerMouseEvent, MarkerDragEvent } from "react-map-gl/maplibre";
import { BaseMap, MapMarker } from "@/app/_map/base-map";
import type { GeoLocation } from "@/lib/contracts";

interface Props {
  pin: GeoLocation | null;
  onPick: (location: GeoLocation) => void;
  label: string;
}

const peoplesSquare = { latitude: 31.2304, longitude: 121.4737 };

/** The city map with one pin: a tap puts it there, a drag moves it. */
export function PinMap({ pin, onPick, label }: Props) {
  const center = pin ? { latitude: pin.lat, longitude: pin.lng } : peoplesSquare;
  return (
    <div role="region" aria-label={label} data-testid="pin-map" style={{ width: "100%", height: "100%" }}>
      <BaseMap
        initialViewState={{ ...center, zoom: pin ? 14 : 11 }}
        maxPitch={0}
        dragRotate={false}
        touchZoomRotate
        onClick={(event: MapLayerMouseEvent) => onPick({ lat: event.lngLat.lat, lng: event.lngLat.lng })}
        style={{ width: "100%", height: "100%" }}
      >
        {pin && (
          <MapMarker
            latitude={pin.lat}
            longitude={pin.lng}
            anchor="bottom"
            color="#22d3ee"
            draggable
            onDragEnd={(event: MarkerDragEvent) => onPick({ lat: event.lngLat.lat, lng: event.lngLat.lng })}
          />
        )}
      </BaseMap>
    </div>
  );
}
