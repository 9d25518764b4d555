import { z } from "zod";

/** Where the app serves MAP_FILES_DIR: `/api/map/files/<name>`. */
export const MAP_FILES_PATH = "/api/map/files/";

/** The bundled offline style: the districts only, nothing fetched beyond this server. */
export const BUNDLED_STYLE_URL = "/map/style.json";

/**
 * The base map every page's map draws under its own layers, as the server's configuration decides:
 * the bundled style, a MapLibre style (`MAP_STYLE_URL`), a PMTiles archive drawn with a style made
 * from its own metadata, or Mapbox's (`MAPBOX_TOKEN`, through mapbox-gl).
 */
export const baseMapSchema = z.discriminatedUnion("mode", [
  z.object({ mode: z.literal("bundled"), styleUrl: z.string() }),
  z.object({ mode: z.literal("style"), styleUrl: z.string() }),
  z.object({ mode: z.literal("pmtiles"), archiveUrl: z.string() }),
  z.object({ mode: z.literal("mapbox"), styleUrl: z.string(), accessToken: z.string() }),
]);

export type BaseMap = z.infer<typeof baseMapSchema>;
export type BaseMapMode = BaseMap["mode"];

/** `/api/map/files/{name}`: one file of the directory, no path. */
export const mapFileParamsSchema = z.object({
  name: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._@-]{0,127}$/, "a file name (letters, digits, . _ @ -), no directory"),
});
