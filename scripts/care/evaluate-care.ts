import type { Absence } from "../../lib/domain/care/absence";
import type { CareAlertOptions } from "../../lib/domain/care/decide-care-hour";
import { WARM_UP_HOURS } from "../../lib/domain/care/care-watch";
import { WATER_USE_LITRES } from "../../lib/domain/care/household-baseline";
import { watchHousehold } from "../../lib/domain/care/watch-household";
import { seedRuleAlertHours } from "./seed-rule";
import { seededRandom, simulateElectricity } from "./simulate-electricity";

export interface EvaluatedHousehold {
  household: string;
  firstHour: number;
  waterLitres: readonly (number | null)[];
  absences?: readonly Absence[];
}

export interface EvaluationSettings {
  waterOnly: boolean;
  seed: number;
  incidentsPerHousehold: number;
  /** How long an injected stop lasts: every later alert inside it counts as a detection. */
  incidentHours: number;
}

export interface Figures {
  households: number;
  householdDays: number;
  falseAlarms: number;
  seedFalseAlarms: number;
  incidents: number;
  detected: number;
  seedDetected: number;
  delays: number[];
  seedDelays: number[];
  /** For each false alarm: the hours between the water uses around it, meter gaps included (how long the real quiet lasted). */
  falseAlarmQuietHours: number[];
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return Number.isInteger(middle) ? (sorted[middle - 1]! + sorted[middle]!) / 2 : sorted[Math.floor(middle)]!;
}

function series(water: readonly (number | null)[], firstHour: number, settings: EvaluationSettings, seed: number, stop?: number) {
  return settings.waterOnly ? { waterLitres: water } : { waterLitres: water, electricityKwh: simulateElectricity(water, seed, firstHour, stop) };
}

/** Water used within this many hours before a stop: the resident was at home, not away, when it happened. */
const AT_HOME_WITHIN_HOURS = 24;

/**
 * A random hour in [earliest, latest) at which the resident was at home (water used in the day before it): a stop
 * can only happen to someone who is there. Null when twenty draws find none (a household away for the whole year).
 */
function residentAtHome(water: readonly (number | null)[], earliest: number, latest: number, random: () => number): number | null {
  for (let draw = 0; draw < 20; draw += 1) {
    const hour = earliest + Math.floor(random() * (latest - earliest));
    if (water.slice(hour - AT_HOME_WITHIN_HOURS, hour).some((litres) => litres !== null && litres >= WATER_USE_LITRES)) return hour;
  }
  return null;
}

/** A household's draws depend on its name only, so that it is the same household in any subset. */
function nameSeed(household: string): number {
  let hash = 0;
  for (const character of household) hash = (Math.imul(hash, 31) + character.charCodeAt(0)) >>> 0;
  return hash % 1_000;
}

function quietAround(water: readonly (number | null)[], hour: number): number {
  const used = (index: number): boolean => (water[index] ?? 0) >= WATER_USE_LITRES;
  let from = hour;
  while (from > 0 && !used(from - 1)) from -= 1;
  let to = hour;
  while (to < water.length && !used(to)) to += 1;
  return to - from;
}

/**
 * Runs the model and the seed's rule over each household's real year: every alert is a false alarm there (counted
 * once per household-day after the warm-up); then, in copies cut short, injects stops at random hours when the resident
 * was at home (all water use zero from then on, the meter still reporting, electricity as left) and measures the delay to each one's first alert.
 */
export function evaluateCare(households: readonly EvaluatedHousehold[], options: CareAlertOptions, settings: EvaluationSettings): Figures {
  const figures: Figures = {
    households: households.length, householdDays: 0, falseAlarms: 0, seedFalseAlarms: 0,
    incidents: 0, detected: 0, seedDetected: 0, delays: [], seedDelays: [], falseAlarmQuietHours: [],
  };
  for (const entry of households) {
    const householdSeed = settings.seed * 1_000 + nameSeed(entry.household);
    const absences = entry.absences ?? [];
    const clean = series(entry.waterLitres, entry.firstHour, settings, householdSeed);
    const warmUpDays = WARM_UP_HOURS / 24;
    for (let day = warmUpDays; day * 24 < entry.waterLitres.length; day += 1) {
      if (entry.waterLitres.slice(day * 24, day * 24 + 24).some((value) => value !== null)) figures.householdDays += 1;
    }
    const alertHours = watchHousehold({ firstHour: entry.firstHour, ...clean }, absences, options, { falseAlarmsBefore: Infinity })
      .filter((event) => event.kind === "alert")
      .map((event) => event.hour - entry.firstHour);
    const alertDays = new Set(alertHours.map((hour) => Math.floor(hour / 24)));
    figures.falseAlarms += alertDays.size;
    figures.falseAlarmQuietHours.push(...alertHours.map((hour) => quietAround(entry.waterLitres, hour)));
    const seedDays = new Set(seedRuleAlertHours(clean.waterLitres, clean.electricityKwh).map((hour) => hour / 24 - 1));
    figures.seedFalseAlarms += [...seedDays].filter((day) => day >= warmUpDays).length;

    const random = seededRandom(householdSeed + 7);
    const earliest = WARM_UP_HOURS + 7 * 24;
    const latest = entry.waterLitres.length - settings.incidentHours;
    for (let incident = 0; incident < settings.incidentsPerHousehold && latest > earliest; incident += 1) {
      const stop = residentAtHome(entry.waterLitres, earliest, latest, random);
      if (stop === null) continue;
      const end = stop + settings.incidentHours;
      const water = entry.waterLitres.slice(0, end).map((value, hour) => (hour >= stop && value !== null ? 0 : value));
      const injected = series(water, entry.firstHour, settings, householdSeed, stop);
      figures.incidents += 1;
      const alert = watchHousehold({ firstHour: entry.firstHour, ...injected }, absences, options, { falseAlarmsBefore: stop }).find(
        (event) => event.kind === "alert" && event.hour - entry.firstHour >= stop,
      );
      if (alert) {
        figures.detected += 1;
        figures.delays.push(alert.hour - entry.firstHour - stop + 1);
      }
      const seedAlert = seedRuleAlertHours(injected.waterLitres, injected.electricityKwh).find((hour) => hour > stop && hour <= end);
      if (seedAlert !== undefined) {
        figures.seedDetected += 1;
        figures.seedDelays.push(seedAlert - stop);
      }
    }
  }
  return figures;
}
