/** A deterministic source of randomness: the same seed always yields the same sequence. */
export interface Random {
  /** Uniform in [0, 1). */
  float(): number;
  /** Uniform integer in [min, maxExclusive). */
  int(min: number, maxExclusive: number): number;
  pick<T>(items: readonly T[]): T;
  /** An item drawn with probability proportional to its weight. */
  weighted<T>(items: readonly T[], weightOf: (item: T) => number): T;
  /** Standard normal (mean 0, standard deviation 1). */
  gaussian(): number;
  /** A Poisson-distributed count with the given mean. */
  poisson(mean: number): number;
}

export function createSeededRandom(seed: number | string): Random {
  let state = typeof seed === "number" ? seed >>> 0 : hashString(seed);

  // mulberry32: tiny, fast, and good enough for simulation (not for anything secret).
  const float = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

  const int = (min: number, maxExclusive: number): number => min + Math.floor(float() * (maxExclusive - min));

  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error("cannot pick from an empty list");
    return items[int(0, items.length)] as T;
  };

  const weighted = <T>(items: readonly T[], weightOf: (item: T) => number): T => {
    const weights = items.map(weightOf);
    const total = weights.reduce((sum, w) => sum + w, 0);
    if (!(total > 0)) throw new Error("weights must have a positive sum");
    let remaining = float() * total;
    for (const [index, weight] of weights.entries()) {
      remaining -= weight;
      if (remaining < 0) return items[index] as T;
    }
    return items[items.length - 1] as T;
  };

  const gaussian = (): number => {
    const u = 1 - float(); // in (0, 1], so the logarithm is finite
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * float());
  };

  const poisson = (mean: number): number => {
    if (mean <= 0) return 0;
    // Knuth's product method underflows for large means, where the normal approximation is accurate.
    if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * gaussian()));
    const limit = Math.exp(-mean);
    let count = 0;
    let product = float();
    while (product > limit) {
      count++;
      product *= float();
    }
    return count;
  };

  return { float, int, pick, weighted, gaussian, poisson };
}

/** FNV-1a, so that readable string seeds ("workers", "hotspots") map to distinct streams. */
function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
