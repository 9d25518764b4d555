import "maplibre-gl/dist/maplibre-gl.css";
import { addProtocol } from "maplibre-gl";
import { PMTiles, Protocol, TileType } from "pmtiles";
import { Map, Marker, Popup, useControl } from "react-map-gl/maplibre";
import type { StyleSpecification } from "maplibre-gl";
import { archiveStyle } from "./archive-style";
import type { MapKit } from "./map-kit";
import { maplibreWorkerUrl } from "./maplibre-worker-url";

export const maplibreKit: MapKit = { library: "maplibre", Map, Popup, Marker, useControl };
export const maplibreOptions = { workerUrl: maplibreWorkerUrl };

// One protocol for the page: styles may name pmtiles:// sources whatever the base map's mode.
const pmtiles = new Protocol({ metadata: true });
addProtocol("pmtiles", pmtiles.tile);

/** A style for an archive, from its header and metadata; the archive is then shared with the protocol. */
export async function styleForArchive(archiveUrl: string): Promise<StyleSpecification> {
  const archive = new PMTiles(archiveUrl);
  pmtiles.add(archive);
  const [header, metadata] = await Promise.all([archive.getHeader(), archive.getMetadata()]);
  const layers = (metadata as { vector_layers?: { id: string }[] } | null)?.vector_layers ?? [];
  return archiveStyle(archiveUrl, { tiles: header.tileType === TileType.Mvt ? "vector" : "raster", vectorLayers: layers.map((layer) => layer.id) });
}
