"use client";

import type { StyleSpecification } from "maplibre-gl";
import { useEffect, useState } from "react";
import { BUNDLED_STYLE_URL, baseMapSchema, type BaseMap, type BaseMapMode } from "@/lib/contracts";
import type { MapKit } from "./map-kit";

export interface LoadedBaseMap {
  mode: BaseMapMode;
  kit: MapKit;
  mapStyle: string | StyleSpecification;
  /** What the library needs beyond the style: MapLibre's worker, Mapbox's token. */
  options: { workerUrl?: string; mapboxAccessToken?: string };
}

const bundled: BaseMap = { mode: "bundled", styleUrl: BUNDLED_STYLE_URL };

/** The server's setting; the bundled style if it cannot be had, so that the page keeps a map. */
async function fetchBaseMap(): Promise<BaseMap> {
  try {
    const response = await fetch("/api/map/base-map");
    const parsed = baseMapSchema.safeParse(response.ok ? await response.json() : null);
    if (parsed.success) return parsed.data;
    console.error("base map: unexpected answer from /api/map/base-map, drawing the bundled style", parsed.error);
  } catch (error) {
    console.error("base map: /api/map/base-map unreachable, drawing the bundled style", error);
  }
  return bundled;
}

async function loadBaseMap(): Promise<LoadedBaseMap> {
  const baseMap = await fetchBaseMap();
  if (baseMap.mode === "mapbox") {
    const { mapboxKit } = await import("./mapbox-kit");
    return { mode: baseMap.mode, kit: mapboxKit, mapStyle: baseMap.styleUrl, options: { mapboxAccessToken: baseMap.accessToken } };
  }
  const { maplibreKit, maplibreOptions, styleForArchive } = await import("./maplibre-kit");
  const loaded = { kit: maplibreKit, options: maplibreOptions };
  if (baseMap.mode !== "pmtiles") return { ...loaded, mode: baseMap.mode, mapStyle: baseMap.styleUrl };
  try {
    return { ...loaded, mode: baseMap.mode, mapStyle: await styleForArchive(baseMap.archiveUrl) };
  } catch (error) {
    console.error(`base map: cannot read the archive ${baseMap.archiveUrl}, drawing the bundled style`, error);
    return { ...loaded, mode: "bundled", mapStyle: BUNDLED_STYLE_URL };
  }
}

// Asked once per page, whatever number of maps it shows.
let loading: Promise<LoadedBaseMap> | undefined;

/** The base map and the library that draws it; null until both are loaded. */
export function useBaseMap(): LoadedBaseMap | null {
  const [loaded, setLoaded] = useState<LoadedBaseMap | null>(null);
  useEffect(() => {
    let current = true;
    loading ??= loadBaseMap();
    void loading.then((baseMap) => current && setLoaded(baseMap));
    return () => {
      current = false;
    };
  }, []);
  return loaded;
}
