import TinySDF from "@mapbox/tiny-sdf";
import { createCanvas, GlobalFonts } from "@napi-rs/canvas";
import { GLYPH_BUFFER, type SdfGlyph } from "./encode-glyph-pbf";

/** The em size MapLibre's glyph PBFs are made for (ONE_EM). */
export const GLYPH_FONT_SIZE = 24;

export type FontWeight = "normal" | "bold";

// tiny-sdf draws on an OffscreenCanvas or a DOM canvas; in Node it gets a Skia canvas instead.
class SkiaTinySDF extends TinySDF {
  _createCanvas(size: number) {
    return createCanvas(size, size);
  }
}

/** Registers font bytes under a private family name, so no system font of the same name can answer. */
export function registerFontFace(family: string, bytes: Uint8Array): void {
  if (!GlobalFonts.register(Buffer.from(bytes), family)) throw new Error(`Skia could not load the font for ${family}`);
}

/** The face's ascender in whole pixels at the 24 px em, as FreeType reports it to node-fontnik. */
export function measureAscender(family: string, weight: FontWeight): number {
  const ctx = createCanvas(1, 1).getContext("2d");
  ctx.font = `${weight} ${GLYPH_FONT_SIZE}px "${family}"`;
  return Math.ceil(ctx.measureText("H").fontBoundingBoxAscent);
}

/**
 * Rasterizes code points of one registered face to SDF glyphs. `ascender` is the stack's shared
 * baseline: like node-fontnik, `top` is measured from it, so every face in a stack lines up.
 */
export function createGlyphRasterizer(family: string, weight: FontWeight, ascender: number) {
  const sdf = new SkiaTinySDF({
    fontSize: GLYPH_FONT_SIZE,
    buffer: GLYPH_BUFFER,
    radius: 8,
    cutoff: 0.25,
    fontFamily: `"${family}"`,
    fontWeight: weight,
  });
  return (codePoint: number): SdfGlyph => {
    const drawn = sdf.draw(String.fromCodePoint(codePoint));
    const inked = drawn.glyphWidth > 0 && drawn.glyphHeight > 0;
    return {
      id: codePoint,
      bitmap: inked ? Uint8Array.from(drawn.data) : new Uint8Array(0),
      width: inked ? drawn.glyphWidth : 0,
      height: inked ? drawn.glyphHeight : 0,
      left: drawn.glyphLeft,
      top: drawn.glyphTop - ascender,
      advance: Math.round(drawn.glyphAdvance),
    };
  };
}
