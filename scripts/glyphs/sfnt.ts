// Just enough OpenType reading to pick a face out of a collection (.ttc) and to know
// which code points a face maps, so that no glyph silently comes from a system fallback font.

type TableRecord = { tag: string; offset: number; length: number };

function tableDirectory(view: DataView, at: number): TableRecord[] {
  const count = view.getUint16(at + 4);
  const records: TableRecord[] = [];
  for (let i = 0; i < count; i++) {
    const r = at + 12 + i * 16;
    const tag = String.fromCharCode(view.getUint8(r), view.getUint8(r + 1), view.getUint8(r + 2), view.getUint8(r + 3));
    records.push({ tag, offset: view.getUint32(r + 8), length: view.getUint32(r + 12) });
  }
  return records;
}

const viewOf = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** Rebuilds face `index` of a font collection as a standalone font file. */
export function extractCollectionFace(collection: Uint8Array, index: number): Uint8Array {
  const view = viewOf(collection);
  if (view.getUint32(0) !== 0x74746366) throw new Error("not a font collection (no 'ttcf' header)");
  const faces = view.getUint32(8);
  if (index >= faces) throw new Error(`font collection has ${faces} faces, no face ${index}`);
  const at = view.getUint32(12 + index * 4);
  const tables = tableDirectory(view, at);

  const headerLength = 12 + tables.length * 16;
  const padded = (n: number) => (n + 3) & ~3;
  const size = tables.reduce((sum, t) => sum + padded(t.length), headerLength);
  const out = new Uint8Array(size);
  const outView = viewOf(out);
  out.set(collection.subarray(at, at + headerLength));

  let offset = headerLength;
  tables.forEach((table, i) => {
    out.set(collection.subarray(table.offset, table.offset + table.length), offset);
    outView.setUint32(12 + i * 16 + 8, offset);
    offset += padded(table.length);
  });
  return out;
}

/** Code points the font's Unicode cmap maps to a real glyph (not .notdef). */
export function readCodePoints(font: Uint8Array): Set<number> {
  const view = viewOf(font);
  const cmap = tableDirectory(view, 0).find((t) => t.tag === "cmap");
  if (!cmap) throw new Error("font has no cmap table");

  const subtables = new Map<string, number>();
  const count = view.getUint16(cmap.offset + 2);
  for (let i = 0; i < count; i++) {
    const r = cmap.offset + 4 + i * 8;
    subtables.set(`${view.getUint16(r)}/${view.getUint16(r + 2)}`, cmap.offset + view.getUint32(r + 4));
  }
  // Full-repertoire Unicode first (format 12), then the BMP-only Windows/Unicode tables.
  for (const key of ["3/10", "0/4", "0/6", "3/1", "0/3"]) {
    const at = subtables.get(key);
    if (at === undefined) continue;
    const format = view.getUint16(at);
    if (format === 12) return readFormat12(view, at);
    if (format === 4) return readFormat4(view, at);
  }
  throw new Error("font has no Unicode cmap subtable of format 4 or 12");
}

function readFormat12(view: DataView, at: number): Set<number> {
  const points = new Set<number>();
  const groups = view.getUint32(at + 12);
  for (let i = 0; i < groups; i++) {
    const g = at + 16 + i * 12;
    const start = view.getUint32(g);
    const end = view.getUint32(g + 4);
    const firstGlyph = view.getUint32(g + 8);
    for (let c = start; c <= end; c++) if (firstGlyph + (c - start) !== 0) points.add(c);
  }
  return points;
}

function readFormat4(view: DataView, at: number): Set<number> {
  const points = new Set<number>();
  const segments = view.getUint16(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    const start = view.getUint16(starts + s * 2);
    const end = view.getUint16(ends + s * 2);
    const delta = view.getUint16(deltas + s * 2);
    const rangeOffsetAt = rangeOffsets + s * 2;
    const rangeOffset = view.getUint16(rangeOffsetAt);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number;
      if (rangeOffset === 0) {
        glyph = (c + delta) & 0xffff;
      } else {
        const raw = view.getUint16(rangeOffsetAt + rangeOffset + (c - start) * 2);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) points.add(c);
    }
  }
  return points;
}
