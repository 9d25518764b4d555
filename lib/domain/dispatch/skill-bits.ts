/** A set of skills as two 32-bit words: one bit per skill name. */
export interface SkillMask {
  low: number;
  high: number;
}

const MAX_SKILLS = 64;

/**
 * Gives each skill name a bit, in the order names are first seen, so that "has every skill the
 * category needs" is two ANDs. The catalogue names a dozen skills; more than 64 is refused.
 */
export class SkillBits {
  private readonly bits = new Map<string, number>();

  /** The mask of skills a worker has: names never seen before get their bit now. */
  maskOf(names: readonly string[]): SkillMask {
    const mask = { low: 0, high: 0 };
    for (const name of names) setBit(mask, this.bitOf(name));
    return mask;
  }

  /** The mask of skills a case needs, or null when one of them no worker has ever had. */
  knownMaskOf(names: readonly string[]): SkillMask | null {
    const mask = { low: 0, high: 0 };
    for (const name of names) {
      const bit = this.bits.get(name);
      if (bit === undefined) return null;
      setBit(mask, bit);
    }
    return mask;
  }

  private bitOf(name: string): number {
    let bit = this.bits.get(name);
    if (bit === undefined) {
      if (this.bits.size >= MAX_SKILLS) throw new Error(`more than ${MAX_SKILLS} distinct skills: ${name} has no bit left`);
      bit = this.bits.size;
      this.bits.set(name, bit);
    }
    return bit;
  }
}

function setBit(mask: SkillMask, bit: number): void {
  if (bit < 32) mask.low = (mask.low | (1 << bit)) >>> 0;
  else mask.high = (mask.high | (1 << (bit - 32))) >>> 0;
}
