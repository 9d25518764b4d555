import type { Random } from "./seeded-random";

/** One household's hourly use: water in m³ and electricity in kWh, the meters' units. */
export interface HouseholdHour {
  waterM3: number;
  electricityKwh: number;
}

const FRIDGE_KWH = 0.04;

/** The local (Shanghai) hours a demo household is usually up and about: a morning, lunch and an evening, by its number. */
export function activeHoursOf(number: number): ReadonlySet<number> {
  const wake = 6 + (number % 3);
  return new Set([wake, wake + 1, 11 + (number % 2), 17, 18, 19, 20 + (number % 2)]);
}

/**
 * The use of one hour: in a usual active hour almost always some water and power, otherwise now and then; a
 * household whose resident has stopped (`stopped`) shows only the fridge.
 */
export function householdHour(number: number, localHour: number, stopped: boolean, random: Random): HouseholdHour {
  if (stopped) return { waterM3: 0, electricityKwh: FRIDGE_KWH };
  const usual = activeHoursOf(number).has(localHour);
  const active = random.float() < (usual ? 0.92 : localHour >= 23 || localHour < 6 ? 0.02 : 0.15);
  if (!active) return { waterM3: 0, electricityKwh: FRIDGE_KWH };
  return { waterM3: Number((0.01 + random.float() * 0.04).toFixed(3)), electricityKwh: Number((FRIDGE_KWH + 0.15 + random.float() * 0.4).toFixed(3)) };
}
