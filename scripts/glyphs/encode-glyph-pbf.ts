import { PbfWriter } from "pbf";

/** Padding MapLibre assumes around every glyph bitmap (GLYPH_PBF_BORDER). */
export const GLYPH_BUFFER = 3;

/** One SDF glyph as glyphs.proto stores it; metrics are in pixels at the 24 px em. */
export type SdfGlyph = {
  id: number;
  /** (width + 6) × (height + 6) bytes, or empty for a glyph without ink (a space). */
  bitmap: Uint8Array;
  width: number;
  height: number;
  left: number;
  top: number;
  advance: number;
};

export type GlyphRange = { start: number; end: number };

export type GlyphStack = { name: string; range: GlyphRange; glyphs: readonly SdfGlyph[] };

/** Encodes one `<start>-<end>.pbf` file: `glyphs { stacks { name, range, glyphs } }`. */
export function encodeGlyphPbf(stack: GlyphStack): Uint8Array {
  const pbf = new PbfWriter();
  pbf.writeMessage(1, writeStack, stack);
  return pbf.finish();
}

function writeStack(stack: GlyphStack, pbf: PbfWriter): void {
  pbf.writeStringField(1, stack.name);
  pbf.writeStringField(2, `${stack.range.start}-${stack.range.end}`);
  for (const glyph of stack.glyphs) {
    assertBitmapSize(glyph);
    pbf.writeMessage(3, writeGlyph, glyph);
  }
}

function writeGlyph(glyph: SdfGlyph, pbf: PbfWriter): void {
  pbf.writeVarintField(1, glyph.id);
  if (glyph.bitmap.length > 0) pbf.writeBytesField(2, glyph.bitmap);
  pbf.writeVarintField(3, glyph.width);
  pbf.writeVarintField(4, glyph.height);
  pbf.writeSVarintField(5, glyph.left);
  pbf.writeSVarintField(6, glyph.top);
  pbf.writeVarintField(7, glyph.advance);
}

function assertBitmapSize(glyph: SdfGlyph): void {
  if (glyph.bitmap.length === 0) return;
  const expected = (glyph.width + 2 * GLYPH_BUFFER) * (glyph.height + 2 * GLYPH_BUFFER);
  if (glyph.bitmap.length !== expected) {
    throw new Error(`glyph ${glyph.id}: bitmap has ${glyph.bitmap.length} bytes, expected ${expected}`);
  }
}
