import type { ScreenProbeRecord } from "./screen-probe";

const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

/** The instant nearest `near` whose Shanghai wall clock reads `clock` (HH:mm:ss), as the badge shows it. */
export function shanghaiClockToEpoch(clock: string, near: number): number {
  const [h, m, s] = clock.split(":").map(Number) as [number, number, number];
  const shanghaiDayStart = Math.floor((near + SHANGHAI_OFFSET_MS) / DAY_MS) * DAY_MS - SHANGHAI_OFFSET_MS;
  const candidate = shanghaiDayStart + ((h * 60 + m) * 60 + s) * 1000;
  return [candidate - DAY_MS, candidate, candidate + DAY_MS].reduce((best, c) => (Math.abs(c - near) < Math.abs(best - near) ? c : best));
}

export interface FreshnessSample {
  /** When the badge was read. */
  at: number;
  state: string;
  /** How far the "data as of" clock was behind the newest data message received by then (≥ 0). */
  behindNewestMs: number;
  /** How far it was behind the wall clock. */
  behindWallMs: number;
}

/**
 * The badge's samples in [from, to) against the data messages (not the KPI refresh) received before
 * each. The clock shows whole seconds: a clock up to date reads up to 999 ms behind.
 */
export function freshnessSamples(record: ScreenProbeRecord, dataEvents: ReadonlySet<string>, from: number, to: number): FreshnessSample[] {
  const data = record.messages.filter(([, name]) => dataEvents.has(name)).map(([at]) => at);
  let next = 0;
  let newest = Number.NaN;
  const samples: FreshnessSample[] = [];
  for (const [at, state, clock] of record.badge) {
    while (next < data.length && data[next]! <= at) newest = data[next++]!;
    if (at < from || at >= to || !clock || Number.isNaN(newest)) continue;
    const shown = shanghaiClockToEpoch(clock, at);
    samples.push({ at, state, behindNewestMs: Math.max(0, newest - shown), behindWallMs: at - shown });
  }
  return samples;
}
