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

const STANDBY_KWH = 0.03;
const FRIDGE_KWH = 0.1;
const isMealHour = (hourOfDay: number): boolean => (hourOfDay >= 6 && hourOfDay <= 8) || (hourOfDay >= 11 && hourOfDay <= 13) || (hourOfDay >= 17 && hourOfDay <= 20);
const isDark = (hourOfDay: number): boolean => hourOfDay >= 17 || hourOfDay <= 6;

/**
 * Hourly electricity (kWh) of a household the data show only through its water, simulated from what the water says
 * of who is at home, causally (an hour depends on its own water and the hours before, never on later ones):
 * - always: standby 0.03 and a fridge of 100 W at a 30–40 % duty cycle, which never stop;
 * - while someone is up and about — an hour with water use, and the 0–2 hours after it (drawn per use) — a television
 *   or computer half the time (0.08–0.25), lights after dark (0.06–0.2), and cooking in an hour of water use at meal
 *   times six times in ten (0.4–1.0); when that time is over, they are switched off;
 * - from `incapacitatedFrom` on (an injected stop), nobody switches anything: what was on in the hour before stays on,
 *   at the same level, and only the fridge's duty cycle still varies.
 * The meter reports when the water meter does (one gateway). `firstHour` places hours in the day. The same draws are
 * made every hour whatever happens, so a series with a stop differs from the original only from the stop on.
 */
export function simulateElectricity(
  waterLitres: readonly (number | null)[],
  seed: number,
  firstHour = 0,
  incapacitatedFrom = Number.POSITIVE_INFINITY,
): (number | null)[] {
  const random = seededRandom(seed);
  let upUntil = -1;
  let keptOn = 0;
  let previousLoad = 0;
  return waterLitres.map((litres, index) => {
    const draws = { duty: random(), linger: random(), screen: random(), screenLoad: random(), light: random(), cook: random(), cookLoad: random() };
    const base = STANDBY_KWH + FRIDGE_KWH * (0.3 + 0.1 * draws.duty);
    if (index >= incapacitatedFrom) {
      if (index === incapacitatedFrom) keptOn = previousLoad;
      return litres === null ? null : Math.round((base + keptOn) * 1000) / 1000;
    }
    const hourOfDay = (firstHour + index) % 24;
    const usesWater = litres !== null && litres >= WATER_USE_LITRES;
    if (usesWater) upUntil = Math.max(upUntil, index + Math.floor(draws.linger * 3));
    let load = 0;
    if (index <= upUntil) {
      if (draws.screen < 0.5) load += 0.08 + 0.17 * draws.screenLoad;
      if (isDark(hourOfDay)) load += 0.06 + 0.14 * draws.light;
      if (usesWater && isMealHour(hourOfDay) && draws.cook < 0.6) load += 0.4 + 0.6 * draws.cookLoad;
    }
    previousLoad = load;
    return litres === null ? null : Math.round((base + load) * 1000) / 1000;
  });
}
