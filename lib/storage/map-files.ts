import { stat } from "node:fs/promises";
import { extname, join } from "node:path";

export interface MapFile {
  path: string;
  size: number;
  modifiedMs: number;
  contentType: string;
}

const CONTENT_TYPES: Record<string, string> = {
  ".pmtiles": "application/vnd.pmtiles",
  ".json": "application/json",
  ".png": "image/png",
  ".webp": "image/webp",
  ".jpg": "image/jpeg",
  ".pbf": "application/x-protobuf",
  ".mvt": "application/vnd.mapbox-vector-tile",
};

/** A regular file directly in `dir` (the name is checked to hold no path before it gets here), or null. */
export async function findMapFile(dir: string, name: string): Promise<MapFile | null> {
  const path = join(dir, name);
  const found = await stat(path).catch(() => null);
  if (!found?.isFile()) return null;
  return { path, size: found.size, modifiedMs: found.mtimeMs, contentType: CONTENT_TYPES[extname(name).toLowerCase()] ?? "application/octet-stream" };
}
