/**
 * What the city has seen up to a moment, as its own interfaces receive it: gauge readings (rain gauges in
 * mm/h, water-level gauges in cm of standing water), the weather service's forecasts, and waterlogging
 * reports placed in their grid cell. Asked only about the past: every question takes the moment `atMs`
 * and reads nothing stamped after it, so the same store serves a live night and a backtest.
 */
import type { Forecast } from "@/lib/contracts/forecast";

interface Series {
  timesMs: number[];
  values: number[];
}

export interface CityObservations {
  addReading(sensorId: string, atMs: number, value: number): void;
  addForecast(forecast: Forecast): void;
  addWaterReport(cell: string, atMs: number): void;
  /** Mean of a gauge's readings in (fromMs, toMs]; null when it sent none. */
  meanReading(sensorId: string, fromMs: number, toMs: number): number | null;
  /** The gauge's last reading at or before `atMs`, with its time. */
  lastReading(sensorId: string, atMs: number): { atMs: number; value: number } | null;
  /** The latest forecast issued at or before `atMs`. */
  forecastAt(atMs: number): Forecast | null;
  /** Reports per cell received in (fromMs, toMs]. */
  waterReportsIn(fromMs: number, toMs: number): Map<string, number>;
}

export function createCityObservations(): CityObservations {
  const series = new Map<string, Series>();
  const forecasts: { issuedAtMs: number; forecast: Forecast }[] = [];
  const reports: { cell: string; atMs: number }[] = [];

  /** Readings arrive in time order per gauge; the index of the last one at or before `atMs`, −1 if none. */
  const lastIndexAtOrBefore = (times: readonly number[], atMs: number): number => {
    let low = 0;
    let high = times.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (times[middle]! <= atMs) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    return found;
  };

  return {
    addReading(sensorId, atMs, value) {
      let s = series.get(sensorId);
      if (!s) series.set(sensorId, (s = { timesMs: [], values: [] }));
      const last = s.timesMs.at(-1);
      if (last !== undefined && atMs < last) throw new Error(`readings of ${sensorId} must come in time order`);
      s.timesMs.push(atMs);
      s.values.push(value);
    },
    addForecast(forecast) {
      forecasts.push({ issuedAtMs: Date.parse(forecast.issuedAt), forecast });
      forecasts.sort((a, b) => a.issuedAtMs - b.issuedAtMs);
    },
    addWaterReport(cell, atMs) {
      reports.push({ cell, atMs });
    },
    meanReading(sensorId, fromMs, toMs) {
      const s = series.get(sensorId);
      if (!s) return null;
      let sum = 0;
      let count = 0;
      for (let i = lastIndexAtOrBefore(s.timesMs, toMs); i >= 0 && s.timesMs[i]! > fromMs; i--) {
        sum += s.values[i]!;
        count++;
      }
      return count === 0 ? null : sum / count;
    },
    lastReading(sensorId, atMs) {
      const s = series.get(sensorId);
      const i = s ? lastIndexAtOrBefore(s.timesMs, atMs) : -1;
      return s && i >= 0 ? { atMs: s.timesMs[i]!, value: s.values[i]! } : null;
    },
    forecastAt(atMs) {
      let latest: Forecast | null = null;
      for (const f of forecasts) if (f.issuedAtMs <= atMs) latest = f.forecast;
      return latest;
    },
    waterReportsIn(fromMs, toMs) {
      const counts = new Map<string, number>();
      for (const r of reports) if (r.atMs > fromMs && r.atMs <= toMs) counts.set(r.cell, (counts.get(r.cell) ?? 0) + 1);
      return counts;
    },
  };
}
