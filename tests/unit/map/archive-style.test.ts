import { describe, expect, it } from "vitest";
import { archiveStyle } from "@/app/_map/archive-style";

describe("archiveStyle", () => {
  it("draws each vector layer's areas, lines and points from the archive behind pmtiles://", () => {
    const style = archiveStyle("/api/map/files/city.pmtiles", { tiles: "vector", vectorLayers: ["roads", "water"] });
    expect(style.sources).toEqual({ archive: { type: "vector", url: "pmtiles:///api/map/files/city.pmtiles" } });
    expect(style.layers.map((layer) => layer.id)).toEqual(["background", "roads-fill", "roads-line", "roads-point", "water-fill", "water-line", "water-point"]);
    expect(style.layers.find((layer) => layer.id === "water-fill")).toMatchObject({ type: "fill", source: "archive", "source-layer": "water" });
    expect(style.layers.find((layer) => layer.id === "roads-line")).toMatchObject({ type: "line", "source-layer": "roads" });
  });

  it("shows a raster archive's images as they are", () => {
    const style = archiveStyle("https://tiles.city.internal/satellite.pmtiles", { tiles: "raster", vectorLayers: [] });
    expect(style.sources).toEqual({ archive: { type: "raster", url: "pmtiles://https://tiles.city.internal/satellite.pmtiles", tileSize: 256 } });
    expect(style.layers.map((layer) => layer.type)).toEqual(["background", "raster"]);
  });
});
