import type { Absence } from "../../lib/domain/care/absence";
import type { CareAlertOptions } from "../../lib/domain/care/decide-care-hour";
import { WARM_UP_HOURS, watchHousehold } from "../../lib/domain/care/watch-household";
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
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return Number.isInteger(middle) ? (sorted[middle - 1]! + sorted[middle]!) / 2 : sorted[Math.floor(middle)]!;
}

function series(water: readonly (number | null)[], settings: EvaluationSettings, seed: number) {
  return settings.waterOnly ? { waterLitres: water } : { waterLitres: water, electricityKwh: simulateElectricity(water, seed) };
}

/**
 * Runs the model and the seed's rule over each household's real year: every alert is a false alarm there (counted
 * once per household-day after the warm-up); then, in copies cut short, injects stops at random hours (all water
 * use zero from then on, the meter still reporting) and measures the delay to each one's first alert.
 */
export function evaluateCare(households: readonly EvaluatedHousehold[], options: CareAlertOptions, settings: EvaluationSettings): Figures {
  const figures: Figures = {
    households: households.length, householdDays: 0, falseAlarms: 0, seedFalseAlarms: 0,
    incidents: 0, detected: 0, seedDetected: 0, delays: [], seedDelays: [],
  };
  households.forEach((entry, index) => {
    const householdSeed = settings.seed * 1_000 + index;
    const absences = entry.absences ?? [];
    const clean = series(entry.waterLitres, settings, householdSeed);
    const warmUpDays = WARM_UP_HOURS / 24;
    for (let day = warmUpDays; day * 24 < entry.waterLitres.length; day += 1) {
      if (entry.waterLitres.slice(day * 24, day * 24 + 24).some((value) => value !== null)) figures.householdDays += 1;
    }
    const alertDays = new Set(
      watchHousehold({ firstHour: entry.firstHour, ...clean }, absences, options)
        .filter((event) => event.kind === "alert")
        .map((event) => Math.floor((event.hour - entry.firstHour) / 24)),
    );
    figures.falseAlarms += alertDays.size;
    const seedDays = new Set(seedRuleAlertHours(clean.waterLitres, clean.electricityKwh).map((hour) => hour / 24 - 1));
    figures.seedFalseAlarms += [...seedDays].filter((day) => day >= warmUpDays).length;

    const random = seededRandom(householdSeed + 7);
    const earliest = WARM_UP_HOURS + 7 * 24;
    const latest = entry.waterLitres.length - settings.incidentHours;
    for (let incident = 0; incident < settings.incidentsPerHousehold && latest > earliest; incident += 1) {
      const stop = earliest + Math.floor(random() * (latest - earliest));
      const end = stop + settings.incidentHours;
      const water = entry.waterLitres.slice(0, end).map((value, hour) => (hour >= stop && value !== null ? 0 : value));
      const injected = series(water, settings, householdSeed);
      figures.incidents += 1;
      const alert = watchHousehold({ firstHour: entry.firstHour, ...injected }, absences, options).find(
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
  });
  return figures;
}
