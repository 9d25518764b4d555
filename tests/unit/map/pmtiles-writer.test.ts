import { readFileSync } from "node:fs";
import { PbfReader } from "pbf";
import { PMTiles, TileType, zxyToTileId, type Source } from "pmtiles";
import { describe, expect, it } from "vitest";
import { districtArchive } from "../../../scripts/pmtiles/district-archive";
import { districtArchiveStyle } from "../../../scripts/pmtiles/district-archive-style";
import { encodeVectorTile } from "../../../scripts/pmtiles/encode-vector-tile";
import { tileId } from "../../../scripts/pmtiles/tile-id";
import { writePmtiles, type PmtilesArchive } from "../../../scripts/pmtiles/write-pmtiles";

/** The package's reader over bytes in memory, as it reads a file over HTTP ranges. */
function read(bytes: Uint8Array): PMTiles {
  const source: Source = {
    getKey: () => "memory",
    getBytes: async (offset, length) => ({ data: bytes.slice(offset, offset + length).buffer }),
  };
  return new PMTiles(source);
}

const tile = (z: number, x: number, y: number, text: string) => ({ z, x, y, data: new TextEncoder().encode(text) });
const text = (data: ArrayBuffer | undefined) => (data ? new TextDecoder().decode(data) : undefined);

function archiveOf(tiles: PmtilesArchive["tiles"]): PmtilesArchive {
  return { tileType: "mvt", bounds: [120.8, 30.6, 122.2, 31.9], center: [121.47, 31.23, 9], metadata: { name: "test", vector_layers: [] }, tiles };
}

describe("tile ids", () => {
  it("follow the Hilbert curve zoom after zoom, as the pmtiles reader numbers them", () => {
    for (const [z, x, y] of [[0, 0, 0], [1, 0, 0], [1, 1, 0], [1, 1, 1], [1, 0, 1], [2, 3, 1], [9, 428, 209], [12, 3428, 1673], [12, 4095, 0]] as const) {
      expect(tileId(z, x, y), `${z}/${x}/${y}`).toBe(zxyToTileId(z, x, y));
    }
  });

  it("refuse a tile outside its zoom", () => {
    expect(() => tileId(2, 4, 0)).toThrow(/outside/);
  });
});

describe("writePmtiles", () => {
  it("writes a header, directory and metadata the pmtiles reader reads back", async () => {
    const tiles = [tile(9, 428, 209, "a"), tile(8, 214, 104, "b"), tile(10, 857, 418, "c")];
    const reader = read(writePmtiles(archiveOf(tiles)));
    const header = await reader.getHeader();
    expect(header.specVersion).toBe(3);
    expect(header.tileType).toBe(TileType.Mvt);
    expect([header.minZoom, header.maxZoom, header.centerZoom]).toEqual([8, 10, 9]);
    expect([header.minLon, header.minLat, header.maxLon, header.maxLat]).toEqual([120.8, 30.6, 122.2, 31.9]);
    expect([header.centerLon, header.centerLat]).toEqual([121.47, 31.23]);
    expect([header.numAddressedTiles, header.numTileEntries, header.numTileContents]).toEqual([3, 3, 3]);
    expect(header.clustered).toBe(true);
    expect(await reader.getMetadata()).toEqual({ name: "test", vector_layers: [] });
    for (const { z, x, y, data } of tiles) {
      expect(text((await reader.getZxy(z, x, y))?.data)).toBe(new TextDecoder().decode(data));
    }
    expect(await reader.getZxy(9, 0, 0)).toBeUndefined();
  });

  it("stores equal tiles once and a run of equal neighbours as one entry", async () => {
    // 4/0/0, 4/1/0, 4/1/1 are consecutive on the curve (ids 85, 86, 87), then 4/0/1 (88); 4/3/3 is further along.
    const tiles = [tile(4, 0, 0, "sea"), tile(4, 1, 0, "sea"), tile(4, 1, 1, "sea"), tile(4, 0, 1, "land"), tile(4, 3, 3, "sea")];
    const bytes = writePmtiles(archiveOf(tiles));
    const reader = read(bytes);
    const header = await reader.getHeader();
    expect(header.numAddressedTiles).toBe(5);
    expect(header.numTileContents).toBe(2);
    expect(header.numTileEntries).toBe(3);
    expect(header.tileDataLength).toBe("sea".length + "land".length);
    for (const { z, x, y, data } of tiles) expect(text((await reader.getZxy(z, x, y))?.data)).toBe(new TextDecoder().decode(data));
  });

  it("refuses an empty archive, an empty tile and a tile given twice", () => {
    expect(() => writePmtiles(archiveOf([]))).toThrow(/at least one tile/);
    expect(() => writePmtiles(archiveOf([tile(3, 1, 1, "")]))).toThrow(/empty/);
    expect(() => writePmtiles(archiveOf([tile(3, 1, 1, "x"), tile(3, 1, 1, "y")]))).toThrow(/twice/);
  });
});

interface DecodedFeature {
  id: number;
  type: number;
  properties: Record<string, string | number>;
  rings: [number, number][][];
}

// Reads a vector tile as vector-tile-js does: layers, their keys and values, features' tags and commands.
function decodeVectorTile(bytes: Uint8Array): Record<string, DecodedFeature[]> {
  const layers: Record<string, DecodedFeature[]> = {};
  new PbfReader(bytes).readFields((tag, _, pbf) => {
    if (tag !== 3) return;
    const layer = pbf.readMessage(
      (field, value: { name: string; keys: string[]; values: (string | number)[]; raw: { id: number; type: number; tags: number[]; geometry: number[] }[] }, p) => {
        if (field === 1) value.name = p.readString();
        else if (field === 3) value.keys.push(p.readString());
        else if (field === 4) value.values.push(p.readMessage((f, v: { v: string | number }, q) => (v.v = f === 1 ? q.readString() : f === 6 ? q.readSVarint() : q.readDouble()), { v: 0 }).v);
        else if (field === 2) {
          value.raw.push(
            p.readMessage(
              (f, feature: { id: number; type: number; tags: number[]; geometry: number[] }, q) => {
                if (f === 1) feature.id = q.readVarint();
                else if (f === 2) q.readPackedVarint(feature.tags);
                else if (f === 3) feature.type = q.readVarint();
                else if (f === 4) q.readPackedVarint(feature.geometry);
              },
              { id: 0, type: 0, tags: [], geometry: [] },
            ),
          );
        }
      },
      { name: "", keys: [], values: [], raw: [] },
    );
    layers[layer.name] = layer.raw.map((raw) => {
      const properties: Record<string, string | number> = {};
      for (let i = 0; i < raw.tags.length; i += 2) properties[layer.keys[raw.tags[i]!]!] = layer.values[raw.tags[i + 1]!]!;
      return { id: raw.id, type: raw.type, properties, rings: decodeGeometry(raw.geometry) };
    });
  }, {});
  return layers;
}

function decodeGeometry(commands: number[]): [number, number][][] {
  const rings: [number, number][][] = [];
  let [x, y, i] = [0, 0, 0];
  const unzig = (n: number) => (n >>> 1) ^ -(n & 1);
  while (i < commands.length) {
    const id = commands[i]! & 0x7;
    const count = commands[i]! >> 3;
    i++;
    if (id === 7) continue;
    for (let k = 0; k < count; k++) {
      x += unzig(commands[i++]!);
      y += unzig(commands[i++]!);
      if (id === 1) rings.push([]);
      rings.at(-1)!.push([x, y]);
    }
  }
  return rings;
}

const area = (ring: [number, number][]) => ring.reduce((sum, [x, y], i) => sum + x * ring[(i + 1) % ring.length]![1] - ring[(i + 1) % ring.length]![0] * y, 0) / 2;

describe("encodeVectorTile", () => {
  it("turns outlines clockwise on screen and holes the other way, whatever way they were given", () => {
    const square = [[0, 0], [0, 100], [100, 100], [100, 0], [0, 0]] as [number, number][];
    const hole = [[20, 20], [80, 20], [80, 80], [20, 80], [20, 20]] as [number, number][];
    const bytes = encodeVectorTile([
      { name: "shapes", features: [{ id: 7, properties: { name: "方块", rank: 3 }, geometry: { type: "polygons", polygons: [[square, hole]] } }] },
      { name: "nothing", features: [] },
    ]);
    const decoded = decodeVectorTile(bytes);
    expect(Object.keys(decoded)).toEqual(["shapes"]);
    const [feature] = decoded.shapes!;
    expect(feature).toMatchObject({ id: 7, type: 3, properties: { name: "方块", rank: 3 } });
    expect(feature!.rings).toHaveLength(2);
    expect(area(feature!.rings[0]!)).toBeGreaterThan(0);
    expect(area(feature!.rings[1]!)).toBeLessThan(0);
    // The closing point is left to ClosePath.
    expect(feature!.rings[0]).toHaveLength(4);
  });

  it("encodes nothing when no layer has a feature", () => {
    expect(encodeVectorTile([{ name: "empty", features: [] }])).toHaveLength(0);
  });
});

describe("the demo city's archive", () => {
  const json = (path: string) => JSON.parse(readFileSync(new URL(`../../../public/${path}`, import.meta.url), "utf8"));
  const archive = districtArchive({ districts: json("city/districts.geojson"), labels: json("city/district-labels.geojson") }, { min: 8, max: 10 });

  it("holds every district and its label point in the tile over the city centre", async () => {
    const reader = read(writePmtiles(archive));
    const header = await reader.getHeader();
    expect([header.minZoom, header.maxZoom]).toEqual([8, 10]);
    expect(header.minLon).toBeLessThan(121.47);
    expect(header.maxLon).toBeGreaterThan(121.47);
    // People's Square, 121.47 E 31.23 N, lies in tile 10/857/418.
    const centre = await reader.getZxy(10, 857, 418);
    const layers = decodeVectorTile(new Uint8Array(centre!.data));
    expect(layers.districts!.map((feature) => feature.properties.nameZh)).toContain("黄浦区");
    expect(layers["district-labels"]!.map((feature) => feature.properties.nameEn)).toContain("Huangpu");
    const huangpu = layers.districts!.find((feature) => feature.properties.adcode === 310101)!;
    expect(huangpu.id).toBe(310101);
    expect(area(huangpu.rings[0]!)).toBeGreaterThan(0);
    // Eight-level zoom over Shanghai: 16 districts fit in one or two tiles; the whole archive stays small.
    const z8 = archive.tiles.filter((t) => t.z === 8);
    expect(z8.length).toBeGreaterThan(0);
    expect(z8.length).toBeLessThanOrEqual(4);
  });

  it("comes with the bundled style redrawn from its layers, under the same layer ids", () => {
    const bundled = json("map/style.json");
    const style = districtArchiveStyle(bundled, "/api/map/files/shanghai-districts.pmtiles");
    expect(style.sources).toEqual({ city: { type: "vector", url: "pmtiles:///api/map/files/shanghai-districts.pmtiles", promoteId: { districts: "adcode" } } });
    expect(style.layers.map((layer) => layer.id)).toEqual(bundled.layers.map((layer: { id: string }) => layer.id));
    expect(style.layers.find((layer) => layer.id === "district-labels")).toMatchObject({ source: "city", "source-layer": "district-labels" });
    expect(style.layers.find((layer) => layer.id === "district-fill")).toMatchObject({ source: "city", "source-layer": "districts" });
  });
});
