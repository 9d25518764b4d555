import { WATER_USE_LITRES } from "../../lib/domain/care/household-baseline";

/** mulberry32: a small seeded generator, so that a run is repeatable. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * Hourly electricity (kWh) of a household that the data only show through its water: a standby load (0.03 kWh),
 * a fridge that never stops (compressor 100 W at a 30–40 % duty cycle), and activity-linked use in the hours with
 * water use and, half the time, the hour after (light, cooking, television: 0.15–0.45 kWh). The meter reports when
 * the water meter does (one gateway). Three random draws every hour whatever happens, so that a series with an
 * injected stop differs from the original only where activity was taken away.
 */
export function simulateElectricity(waterLitres: readonly (number | null)[], seed: number): (number | null)[] {
  const random = seededRandom(seed);
  return waterLitres.map((litres, index) => {
    const duty = 0.3 + 0.1 * random();
    const lingers = random() < 0.5;
    const activityLoad = 0.15 + 0.3 * random();
    if (litres === null) return null;
    const previous = waterLitres[index - 1] ?? 0;
    const active = litres >= WATER_USE_LITRES || (lingers && previous >= WATER_USE_LITRES);
    return Math.round((0.03 + 0.1 * duty + (active ? activityLoad : 0)) * 1000) / 1000;
  });
}
