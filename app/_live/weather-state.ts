import type { RiskTop, ScreenMode, ScreenSensor, SensorValue, StoredForecast } from "@/lib/contracts";

/**
 * The typhoon night's part of the live state: the screen's mode, the storm's forecasts and the gauges.
 * Each only moves forward (the mode by when it changed, a gauge by when it measured).
 */

/** The later of two modes; a tie goes to the newcomer (a delta after the snapshot that read the same instant). */
export function laterMode(current: ScreenMode | null, candidate: ScreenMode): ScreenMode {
  return current && Date.parse(current.changedAt) > Date.parse(candidate.changedAt) ? current : candidate;
}

/** The later of two risk computations; a tie goes to the newcomer. */
export function laterRisk(current: RiskTop | null, candidate: RiskTop): RiskTop {
  return current && Date.parse(current.computedAt) > Date.parse(candidate.computedAt) ? current : candidate;
}

const stormKey = (stored: StoredForecast) => `${stored.forecast.source}\u0000${stored.forecast.storm.id}`;

/**
 * The storm's forecasts, oldest issue first, with a newly received one in its place. A forecast of
 * another storm (or source) starts the list over: the screen shows the storm it heard of last.
 */
export function withForecast(current: readonly StoredForecast[], stored: StoredForecast): readonly StoredForecast[] {
  const sameStorm = current.length > 0 && stormKey(current[0]!) === stormKey(stored);
  const kept = sameStorm ? current.filter((known) => known.forecast.issuedAt !== stored.forecast.issuedAt) : [];
  const issued = Date.parse(stored.forecast.issuedAt);
  const at = kept.findIndex((known) => Date.parse(known.forecast.issuedAt) > issued);
  return at === -1 ? [...kept, stored] : [...kept.slice(0, at), stored, ...kept.slice(at)];
}

/** The snapshot's gauges, keeping a value already pushed that is newer than the snapshot's. */
export function gaugesFromSnapshot(current: ReadonlyMap<string, ScreenSensor>, sensors: readonly ScreenSensor[]): ReadonlyMap<string, ScreenSensor> {
  return new Map(
    sensors.map((sensor) => {
      const known = current.get(sensor.id);
      return [sensor.id, known && isNewer(known.measuredAt, sensor.measuredAt) ? { ...sensor, value: known.value, measuredAt: known.measuredAt } : sensor];
    }),
  );
}

/** The gauges with pushed values applied; the same map when none was newer. Unknown gauges wait for the next snapshot. */
export function withSensorValues(current: ReadonlyMap<string, ScreenSensor>, values: readonly SensorValue[]): ReadonlyMap<string, ScreenSensor> {
  let next: Map<string, ScreenSensor> | null = null;
  for (const value of values) {
    const known = (next ?? current).get(value.id);
    if (!known || !isNewer(value.measuredAt, known.measuredAt)) continue;
    next ??= new Map(current);
    next.set(value.id, { ...known, value: value.value, measuredAt: value.measuredAt });
  }
  return next ?? current;
}

function isNewer(candidate: string | null, than: string | null): boolean {
  if (candidate === null) return false;
  return than === null || Date.parse(candidate) > Date.parse(than);
}
