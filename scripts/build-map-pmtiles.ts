// Writes the demo city's districts as a small PMTiles archive and a style that draws it, for a city
// that serves its base map from files (MAP_FILES_DIR, MAP_STYLE_URL; docs/operations.md#base-map).
//   npm run map:pmtiles [-- --out ./data/map] [--url-prefix /api/map/files/]
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { districtArchive } from "./pmtiles/district-archive";
import { districtArchiveStyle } from "./pmtiles/district-archive-style";
import { writePmtiles } from "./pmtiles/write-pmtiles";

export const ARCHIVE_FILE = "shanghai-districts.pmtiles";
export const STYLE_FILE = "shanghai-districts.style.json";

const publicDir = fileURLToPath(new URL("../public/", import.meta.url));
const readJson = (path: string) => JSON.parse(readFileSync(join(publicDir, path), "utf8"));

/** Writes the archive and its style into `outDir`; the style finds the archive at `urlPrefix` + its name. */
export function buildDistrictPmtiles(outDir: string, urlPrefix: string): { archive: string; style: string; tiles: number; bytes: number } {
  const archive = districtArchive({ districts: readJson("city/districts.geojson"), labels: readJson("city/district-labels.geojson") });
  const bytes = writePmtiles(archive);
  const style = districtArchiveStyle(readJson("map/style.json"), `${urlPrefix}${ARCHIVE_FILE}`);
  mkdirSync(outDir, { recursive: true });
  const paths = { archive: join(outDir, ARCHIVE_FILE), style: join(outDir, STYLE_FILE) };
  writeFileSync(paths.archive, bytes);
  writeFileSync(paths.style, `${JSON.stringify(style, null, 2)}\n`);
  return { ...paths, tiles: archive.tiles.length, bytes: bytes.length };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { out: { type: "string", default: "./data/map" }, "url-prefix": { type: "string", default: "/api/map/files/" } } });
  const built = buildDistrictPmtiles(resolve(values.out), values["url-prefix"]);
  console.log(`wrote ${built.archive} (${built.tiles} tiles, ${built.bytes} bytes) and ${built.style}`);
  console.log(`serve them with MAP_FILES_DIR=${values.out} MAP_STYLE_URL=${values["url-prefix"]}${STYLE_FILE}`);
}
