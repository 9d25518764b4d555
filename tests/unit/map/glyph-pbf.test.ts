import { readFileSync } from "node:fs";
import { PbfReader } from "pbf";
import { describe, expect, it } from "vitest";
import { encodeGlyphPbf, type SdfGlyph } from "../../../scripts/glyphs/encode-glyph-pbf";

type DecodedStack = { name: string; range: string; glyphs: SdfGlyph[] };

// Reads the file the way MapLibre's parseGlyphPbf does.
function decodeGlyphPbf(bytes: Uint8Array): DecodedStack[] {
  return new PbfReader(bytes).readFields<DecodedStack[]>((tag, stacks, pbf) => {
    if (tag === 1) stacks.push(pbf.readMessage(readStack, { name: "", range: "", glyphs: [] }));
  }, []);
}

function readStack(tag: number, stack: DecodedStack, pbf: PbfReader): void {
  if (tag === 1) stack.name = pbf.readString();
  else if (tag === 2) stack.range = pbf.readString();
  else if (tag === 3) {
    const empty: SdfGlyph = { id: 0, bitmap: new Uint8Array(0), width: 0, height: 0, left: 0, top: 0, advance: 0 };
    stack.glyphs.push(pbf.readMessage(readGlyph, empty));
  }
}

function readGlyph(tag: number, glyph: SdfGlyph, pbf: PbfReader): void {
  if (tag === 1) glyph.id = pbf.readVarint();
  else if (tag === 2) glyph.bitmap = pbf.readBytes();
  else if (tag === 3) glyph.width = pbf.readVarint();
  else if (tag === 4) glyph.height = pbf.readVarint();
  else if (tag === 5) glyph.left = pbf.readSVarint();
  else if (tag === 6) glyph.top = pbf.readSVarint();
  else if (tag === 7) glyph.advance = pbf.readVarint();
}

const glyphFile = (stack: string, range: string) =>
  new Uint8Array(readFileSync(new URL(`../../../public/glyphs/${stack}/${range}.pbf`, import.meta.url)));

describe("encodeGlyphPbf", () => {
  it("round-trips glyphs, negative offsets and an ink-less space", () => {
    const a: SdfGlyph = { id: 65, bitmap: new Uint8Array(8 * 9).fill(7), width: 2, height: 3, left: -1, top: -9, advance: 15 };
    const space: SdfGlyph = { id: 32, bitmap: new Uint8Array(0), width: 0, height: 0, left: 0, top: -26, advance: 6 };

    const [stack] = decodeGlyphPbf(encodeGlyphPbf({ name: "Test Sans", range: { start: 0, end: 255 }, glyphs: [a, space] }));

    expect(stack).toEqual({ name: "Test Sans", range: "0-255", glyphs: [a, space] });
  });

  it("refuses a bitmap that is not (width + 6) × (height + 6) bytes", () => {
    const bad: SdfGlyph = { id: 66, bitmap: new Uint8Array(10), width: 2, height: 3, left: 0, top: 0, advance: 10 };
    expect(() => encodeGlyphPbf({ name: "Test Sans", range: { start: 0, end: 255 }, glyphs: [bad] })).toThrow(/glyph 66/);
  });
});

describe("public/glyphs", () => {
  it.each(["Noto Sans Regular", "Noto Sans Bold"])("%s/0-255.pbf holds a plausible 'A' and an ink-less space", (name) => {
    const stacks = decodeGlyphPbf(glyphFile(name, "0-255"));

    expect(stacks.map((s) => [s.name, s.range])).toEqual([[name, "0-255"]]);
    const glyphs = new Map(stacks[0]?.glyphs.map((g) => [g.id, g]));
    const a = glyphs.get(65);
    expect(a?.width).toBeGreaterThanOrEqual(12);
    expect(a?.width).toBeLessThanOrEqual(20);
    expect(a?.height).toBeGreaterThanOrEqual(15);
    expect(a?.height).toBeLessThanOrEqual(20);
    expect(a?.bitmap.length).toBe(((a?.width ?? 0) + 6) * ((a?.height ?? 0) + 6));
    expect(a?.advance).toBeGreaterThanOrEqual(13);
    expect(glyphs.get(32)).toMatchObject({ width: 0, height: 0, bitmap: new Uint8Array(0) });
  });

  it("has fullwidth forms for Chinese punctuation", () => {
    const ids = decodeGlyphPbf(glyphFile("Noto Sans Regular", "65280-65535"))[0]?.glyphs.map((g) => g.id);
    expect(ids).toEqual(expect.arrayContaining([0xff08, 0xff09, 0xff0c, 0xff1a]));
  });
});
