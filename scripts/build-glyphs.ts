// Builds the map's glyph PBFs into public/glyphs/<fontstack>/<start>-<end>.pbf from Debian's Noto fonts.
// CJK ideographs are not built: MapLibre draws them with `localIdeographFontFamily` (see public/glyphs/SOURCE.md).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { encodeGlyphPbf, type GlyphRange, type SdfGlyph } from "./glyphs/encode-glyph-pbf";
import { createGlyphRasterizer, measureAscender, registerFontFace, type FontWeight } from "./glyphs/rasterize-glyph";
import { extractCollectionFace, readCodePoints } from "./glyphs/sfnt";

type FontFile = { path: string; debianPackage: string; collectionFace?: number };
type StackSource = { name: string; weight: FontWeight; faces: readonly FontFile[] };

const NOTO_CJK_SC_FACE = 2; // NotoSansCJK-*.ttc holds JP, KR, SC, TC, HK in that order

const notoSans = (style: string): FontFile => ({
  path: `/usr/share/fonts/truetype/noto/NotoSans-${style}.ttf`,
  debianPackage: "fonts-noto-core",
});
const notoSansCjkSc = (style: string): FontFile => ({
  path: `/usr/share/fonts/opentype/noto/NotoSansCJK-${style}.ttc`,
  debianPackage: "fonts-noto-cjk",
  collectionFace: NOTO_CJK_SC_FACE,
});

// The first face is the stack's; later ones fill only code points it does not map (CJK punctuation, fullwidth forms).
const STACKS: readonly StackSource[] = [
  { name: "Noto Sans Regular", weight: "normal", faces: [notoSans("Regular"), notoSansCjkSc("Regular")] },
  { name: "Noto Sans Bold", weight: "bold", faces: [notoSans("Bold"), notoSansCjkSc("Bold")] },
];

const RANGES: readonly GlyphRange[] = [
  { start: 0, end: 255 }, // Basic Latin, Latin-1
  { start: 256, end: 511 }, // Latin Extended-A/B
  { start: 8192, end: 8447 }, // General Punctuation: dashes, curly quotes, ellipsis
  { start: 12288, end: 12543 }, // CJK Symbols and Punctuation, kana
  { start: 65280, end: 65535 }, // Halfwidth and Fullwidth Forms
];

const OUT_DIR = fileURLToPath(new URL("../public/glyphs/", import.meta.url));

function readFontFile(font: FontFile): Uint8Array {
  if (!existsSync(font.path)) {
    throw new Error(`Font file ${font.path} is missing: install it with \`apt-get install -y ${font.debianPackage}\``);
  }
  const bytes = new Uint8Array(readFileSync(font.path));
  return font.collectionFace === undefined ? bytes : extractCollectionFace(bytes, font.collectionFace);
}

function loadStack(stack: StackSource) {
  const faces = stack.faces.map((font, i) => {
    const bytes = readFontFile(font);
    const family = `tonglan-glyphs ${stack.name} ${i}`;
    registerFontFace(family, bytes);
    return { family, codePoints: readCodePoints(bytes) };
  });
  const [primary] = faces;
  if (!primary) throw new Error(`stack ${stack.name} names no font`);
  const ascender = measureAscender(primary.family, stack.weight);
  return faces.map((face) => ({ ...face, rasterize: createGlyphRasterizer(face.family, stack.weight, ascender) }));
}

function buildStack(stack: StackSource): void {
  const faces = loadStack(stack);
  mkdirSync(join(OUT_DIR, stack.name), { recursive: true });
  for (const range of RANGES) {
    const glyphs: SdfGlyph[] = [];
    for (let codePoint = range.start; codePoint <= range.end; codePoint++) {
      const face = faces.find((f) => f.codePoints.has(codePoint));
      if (face) glyphs.push(face.rasterize(codePoint));
    }
    const file = join(OUT_DIR, stack.name, `${range.start}-${range.end}.pbf`);
    writeFileSync(file, encodeGlyphPbf({ name: stack.name, range, glyphs }));
    console.log(`${stack.name}/${range.start}-${range.end}.pbf: ${glyphs.length} glyphs`);
  }
}

try {
  for (const stack of STACKS) buildStack(stack);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
