import { describe, expect, it } from "vitest";
import { baseMapFor } from "@/lib/config/base-map";
import { parseConfig } from "@/lib/config/env";

const baseMap = (env: Record<string, string>) => baseMapFor(parseConfig(env));

describe("the base map the configuration asks for", () => {
  it("is the bundled offline style when nothing is set", () => {
    expect(baseMap({})).toEqual({ mode: "bundled", styleUrl: "/map/style.json" });
  });

  it("is a MapLibre style at MAP_STYLE_URL, on another server or on this one", () => {
    expect(baseMap({ MAP_STYLE_URL: "https://tiles.city.internal/styles/streets.json" })).toEqual({
      mode: "style",
      styleUrl: "https://tiles.city.internal/styles/streets.json",
    });
    expect(baseMap({ MAP_STYLE_URL: "/api/map/files/streets.style.json", MAP_FILES_DIR: "/srv/map" })).toEqual({
      mode: "style",
      styleUrl: "/api/map/files/streets.style.json",
    });
  });

  it("is a PMTiles archive when MAP_STYLE_URL names one, by its extension or the pmtiles:// scheme", () => {
    expect(baseMap({ MAP_STYLE_URL: "/api/map/files/shanghai.pmtiles", MAP_FILES_DIR: "/srv/map" })).toEqual({
      mode: "pmtiles",
      archiveUrl: "/api/map/files/shanghai.pmtiles",
    });
    expect(baseMap({ MAP_STYLE_URL: "http://10.1.2.3/shanghai.PMTiles?v=2" })).toEqual({ mode: "pmtiles", archiveUrl: "http://10.1.2.3/shanghai.PMTiles?v=2" });
    expect(baseMap({ MAP_STYLE_URL: "pmtiles://https://tiles.city.internal/archive" })).toEqual({
      mode: "pmtiles",
      archiveUrl: "https://tiles.city.internal/archive",
    });
  });

  it("is Mapbox's streets through mapbox-gl with MAPBOX_TOKEN, or the style MAPBOX_STYLE names", () => {
    expect(baseMap({ MAPBOX_TOKEN: "pk.test" })).toEqual({ mode: "mapbox", styleUrl: "mapbox://styles/mapbox/streets-v12", accessToken: "pk.test" });
    expect(baseMap({ MAPBOX_TOKEN: "pk.test", MAPBOX_STYLE: "mapbox://styles/city/night" })).toMatchObject({ styleUrl: "mapbox://styles/city/night" });
  });
});

describe("base-map variables", () => {
  it("refuse a style URL the browser could not fetch, naming the variable", () => {
    for (const url of ["tiles.city.internal/style.json", "ftp://x/style.json", "//cdn.example/style.json", "pmtiles://shanghai.pmtiles"]) {
      expect(() => parseConfig({ MAP_STYLE_URL: url }), url).toThrow(/MAP_STYLE_URL: a style's http\(s\) URL/);
    }
    expect(() => parseConfig({ MAPBOX_TOKEN: "pk.x", MAPBOX_STYLE: "http://insecure/style" })).toThrow(/MAPBOX_STYLE/);
  });

  it("refuse two base maps at once, and files without their directory", () => {
    expect(() => parseConfig({ MAP_STYLE_URL: "https://tiles/style.json", MAPBOX_TOKEN: "pk.x" })).toThrow(/MAPBOX_TOKEN: set MAP_STYLE_URL or MAPBOX_TOKEN, not both/);
    expect(() => parseConfig({ MAP_STYLE_URL: "/api/map/files/shanghai.pmtiles" })).toThrow(/MAP_FILES_DIR: required when MAP_STYLE_URL is under \/api\/map\/files\//);
    expect(() => parseConfig({ MAP_STYLE_URL: "pmtiles:///api/map/files/shanghai.pmtiles" })).toThrow(/MAP_FILES_DIR/);
  });
});
