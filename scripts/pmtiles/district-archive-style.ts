import { DISTRICTS_LAYER, LABELS_LAYER } from "./district-archive";

interface StyleLayer {
  id: string;
  source?: string;
  [key: string]: unknown;
}

interface Style {
  sources: Record<string, unknown>;
  layers: StyleLayer[];
  [key: string]: unknown;
}

const SOURCE = "city";
// The bundled style's GeoJSON sources and the archive's layers that replace them.
const LAYER_FOR_SOURCE: Record<string, string> = { districts: DISTRICTS_LAYER, "district-labels": LABELS_LAYER };

/**
 * The bundled style drawn from the archive instead of GeoJSON: the same layers under the same ids
 * (the app hides and switches `district-labels` by id), each reading its archive layer.
 */
export function districtArchiveStyle(bundled: Style, archiveUrl: string): Style {
  return {
    ...bundled,
    name: `${String(bundled.name ?? "tonglan")}-pmtiles`,
    metadata: { "tonglan:note": "Made by npm run map:pmtiles from public/map/style.json: its layers read the PMTiles archive." },
    sources: { [SOURCE]: { type: "vector", url: `pmtiles://${archiveUrl}`, promoteId: { [DISTRICTS_LAYER]: "adcode" } } },
    layers: bundled.layers.map((layer) => {
      if (layer.source === undefined) return layer;
      const archiveLayer = LAYER_FOR_SOURCE[layer.source];
      if (!archiveLayer) throw new Error(`style layer ${layer.id} reads source ${layer.source}, which the archive does not hold`);
      return { ...layer, source: SOURCE, "source-layer": archiveLayer };
    }),
  };
}
