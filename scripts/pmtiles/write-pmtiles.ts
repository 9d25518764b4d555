import { createHash } from "node:crypto";
import { tileId } from "./tile-id";

// A small writer of the PMTiles v3 format (github.com/protomaps/PMTiles, spec/v3/spec.md): one root
// directory, no leaf directories, nothing compressed, identical tiles stored once.

export type PmtilesTileType = "mvt" | "png";

export interface PmtilesTile {
  z: number;
  x: number;
  y: number;
  data: Uint8Array;
}

export interface PmtilesArchive {
  tileType: PmtilesTileType;
  /** [west, south, east, north] in degrees. */
  bounds: readonly [number, number, number, number];
  /** [longitude, latitude, zoom]. */
  center: readonly [number, number, number];
  /** The JSON metadata; for MVT it should list `vector_layers`. */
  metadata: Record<string, unknown>;
  tiles: readonly PmtilesTile[];
}

interface Entry {
  tileId: number;
  offset: number;
  length: number;
  runLength: number;
}

const HEADER_BYTES = 127;
// The header and the root directory together must fit in the first 16 KiB, which clients fetch at once.
const FIRST_FETCH_BYTES = 16_384;
const COMPRESSION_NONE = 1;
const TILE_TYPES: Record<PmtilesTileType, number> = { mvt: 1, png: 2 };

export function writePmtiles(archive: PmtilesArchive): Uint8Array {
  if (archive.tiles.length === 0) throw new Error("a PMTiles archive needs at least one tile");
  const tiles = archive.tiles
    .map((tile) => ({ ...tile, id: tileId(tile.z, tile.x, tile.y) }))
    .sort((a, b) => a.id - b.id);
  for (let i = 1; i < tiles.length; i++) {
    if (tiles[i]!.id === tiles[i - 1]!.id) throw new Error(`tile ${tiles[i]!.z}/${tiles[i]!.x}/${tiles[i]!.y} given twice`);
  }

  const { entries, blobs, contents } = layOutTiles(tiles);
  const root = serializeDirectory(entries);
  if (HEADER_BYTES + root.length > FIRST_FETCH_BYTES) {
    throw new Error(`root directory of ${root.length} bytes does not fit the first ${FIRST_FETCH_BYTES} bytes (leaf directories are not written)`);
  }
  const metadata = new TextEncoder().encode(JSON.stringify(archive.metadata));
  const tileBytes = blobs.reduce((sum, blob) => sum + blob.length, 0);

  const rootOffset = HEADER_BYTES;
  const metadataOffset = rootOffset + root.length;
  const tilesOffset = metadataOffset + metadata.length;
  const zooms = tiles.map((tile) => tile.z);
  const header = new DataView(new ArrayBuffer(HEADER_BYTES));
  new Uint8Array(header.buffer).set(new TextEncoder().encode("PMTiles"), 0);
  header.setUint8(7, 3);
  const u64 = (at: number, value: number) => header.setBigUint64(at, BigInt(value), true);
  u64(8, rootOffset);
  u64(16, root.length);
  u64(24, metadataOffset);
  u64(32, metadata.length);
  u64(40, tilesOffset); // no leaf directories: an empty section where they would be
  u64(48, 0);
  u64(56, tilesOffset);
  u64(64, tileBytes);
  u64(72, tiles.length);
  u64(80, entries.length);
  u64(88, contents);
  header.setUint8(96, 1); // clustered: tile data in tile-id order
  header.setUint8(97, COMPRESSION_NONE);
  header.setUint8(98, COMPRESSION_NONE);
  header.setUint8(99, TILE_TYPES[archive.tileType]);
  header.setUint8(100, Math.min(...zooms));
  header.setUint8(101, Math.max(...zooms));
  const e7 = (at: number, degrees: number) => header.setInt32(at, Math.round(degrees * 1e7), true);
  const [west, south, east, north] = archive.bounds;
  e7(102, west);
  e7(106, south);
  e7(110, east);
  e7(114, north);
  header.setUint8(118, archive.center[2]);
  e7(119, archive.center[0]);
  e7(123, archive.center[1]);

  return concat([new Uint8Array(header.buffer), root, metadata, ...blobs]);
}

/** Entries in tile-id order; a tile equal to one already stored points at it, a run of equal neighbours is one entry. */
function layOutTiles(tiles: readonly (PmtilesTile & { id: number })[]) {
  const entries: Entry[] = [];
  const blobs: Uint8Array[] = [];
  const stored = new Map<string, { offset: number; length: number }>();
  let end = 0;
  let previousHash = "";
  for (const tile of tiles) {
    if (tile.data.length === 0) throw new Error(`tile ${tile.z}/${tile.x}/${tile.y} is empty`);
    const hash = createHash("sha256").update(tile.data).digest("hex");
    const last = entries.at(-1);
    if (last && hash === previousHash && last.tileId + last.runLength === tile.id) {
      last.runLength += 1;
      continue;
    }
    let place = stored.get(hash);
    if (!place) {
      place = { offset: end, length: tile.data.length };
      stored.set(hash, place);
      blobs.push(tile.data);
      end += tile.data.length;
    }
    entries.push({ tileId: tile.id, offset: place.offset, length: place.length, runLength: 1 });
    previousHash = hash;
  }
  return { entries, blobs, contents: stored.size };
}

/** Count, then columns of delta-coded ids, run lengths, lengths and offsets (0: right after the previous one). */
function serializeDirectory(entries: readonly Entry[]): Uint8Array {
  const out: number[] = [];
  varint(out, entries.length);
  let lastId = 0;
  for (const entry of entries) {
    varint(out, entry.tileId - lastId);
    lastId = entry.tileId;
  }
  for (const entry of entries) varint(out, entry.runLength);
  for (const entry of entries) varint(out, entry.length);
  entries.forEach((entry, i) => {
    const previous = entries[i - 1];
    varint(out, previous && entry.offset === previous.offset + previous.length ? 0 : entry.offset + 1);
  });
  return Uint8Array.from(out);
}

function varint(out: number[], value: number): void {
  let rest = value;
  while (rest >= 0x80) {
    out.push((rest % 0x80) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  out.push(rest);
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
