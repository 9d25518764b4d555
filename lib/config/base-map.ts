import { BUNDLED_STYLE_URL, type BaseMap } from "@/lib/contracts/base-map";
import type { AppConfig } from "./env";

const PMTILES_SCHEME = "pmtiles://";

/** The base map the configuration asks for; nothing set keeps the bundled offline style. */
export function baseMapFor(config: Pick<AppConfig, "MAP_STYLE_URL" | "MAPBOX_TOKEN" | "MAPBOX_STYLE">): BaseMap {
  if (config.MAPBOX_TOKEN) return { mode: "mapbox", styleUrl: config.MAPBOX_STYLE, accessToken: config.MAPBOX_TOKEN };
  const url = config.MAP_STYLE_URL;
  if (!url) return { mode: "bundled", styleUrl: BUNDLED_STYLE_URL };
  if (url.startsWith(PMTILES_SCHEME)) return { mode: "pmtiles", archiveUrl: url.slice(PMTILES_SCHEME.length) };
  const path = url.split(/[?#]/, 1)[0]!;
  return path.toLowerCase().endsWith(".pmtiles") ? { mode: "pmtiles", archiveUrl: url } : { mode: "style", styleUrl: url };
}
