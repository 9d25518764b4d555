import type { Random } from "@/scripts/simulator/model/seeded-random";

// What real gateways and pasted text carry: controls, lone surrogates, astral and combining characters.
const awkward = ["\u0000", "\u0001", "\u0007", "\b", "\u000B", "\f", "\r", "\r\n", "\u001B", "\u007F", "\u0085", "\u009F",
  "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uD83D\uDE00", "\uFFFE", "\uFFFF", "\uFEFF", "\u200B", "\u0301", "\n", "\t", " ", "\\", "\"", "'"];
const plain = ["垃圾", "井盖", "路灯", "黄浦区", "南京东路", "Pudong", "Main St", "a", "Z", "0", "9", "-", "."];

/** A string of up to `maxLength` UTF-16 units, mixing plain text, awkward characters and random code units. */
export function arbitraryText(random: Random, maxLength: number): string {
  const target = random.float() < 0.1 ? maxLength + random.int(1, 50) : random.int(0, maxLength + 1);
  let text = "";
  while (text.length < target) {
    const roll = random.float();
    if (roll < 0.35) text += random.pick(awkward);
    else if (roll < 0.7) text += random.pick(plain);
    else if (roll < 0.85) text += String.fromCharCode(random.int(0, 0x10000));
    else text += String.fromCodePoint(random.int(0x10000, 0x110000));
  }
  return text;
}

/** Latitudes and longitudes at and past every bound intake and dispatch care about, and ordinary ones. */
export function arbitraryCoordinate(random: Random, bound: number): number {
  const edges = [0, bound, -bound, 85.05112878, -85.05112878, 85.0511288, -85.0511288, 85.06, -85.06, 31.2304, 121.4737, 1e-9];
  return random.float() < 0.4 ? random.pick(edges) : (random.float() * 2 - 1) * bound;
}

/** A report body as any client might send it: every field sometimes missing, mostly of the right type. */
export function arbitraryReportBody(random: Random, categories: readonly string[]): Record<string, unknown> {
  const sometimes = <T>(make: () => T): T | undefined => (random.float() < 0.85 ? make() : undefined);
  return {
    channel: random.pick(["resident_app", "hotline", "open311", "patrol"]),
    category: random.float() < 0.85 ? random.pick(categories) : arbitraryText(random, 70),
    description: sometimes(() => arbitraryText(random, 2100)),
    location: sometimes(() => ({ lat: arbitraryCoordinate(random, 90), lng: arbitraryCoordinate(random, 180) })),
    address: sometimes(() => arbitraryText(random, 210)),
    reporter: sometimes(() => ({ name: sometimes(() => arbitraryText(random, 70)), phone: sometimes(() => random.pick(["+86 139 0000 0000", "13900000000", "13900000000", "1\u00002"])) })),
    photos: sometimes(() => [random.float() < 0.8 ? "https://img.test/a.jpg" : `https://img.test/${arbitraryText(random, 20)}`]),
  };
}
