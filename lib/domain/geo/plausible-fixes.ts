import type { WorkerPosition } from "@/lib/contracts/worker-summary";
import { haversineMeters } from "@/lib/domain/dispatch/travel-distance";

/** A worker's position and when the server took it. */
export interface Fix {
  lat: number;
  lng: number;
  atMs: number;
}

/** Faster than any vehicle in city traffic: a worker's fix this far from the last one in the time between is not believed. */
export const MAX_SPEED_KMH = 200;
/** What a phone's GPS wanders by standing still (urban canyons), allowed whatever the time between fixes. */
export const GPS_SLACK_METERS = 100;

/**
 * The most metres a worker may move per millisecond of wall-clock time when an SLA minute lasts
 * `slaMinuteMs`: a time-lapse demo (and its simulated riders) runs faster by the same factor.
 */
export function maxMetersPerMs(slaMinuteMs: number): number {
  return (MAX_SPEED_KMH * 1000) / 60 / slaMinuteMs;
}

export interface PlausibleFixes {
  accepted: WorkerPosition[];
  /** Indexes of positions dropped as a jump no vehicle could make since the worker's last fix. */
  tooFast: number[];
}

/**
 * Splits a batch of positions taken at `atMs` into those a worker could have reached since their
 * last fix and those they could not. A worker's first fix is believed; a worker twice in the batch
 * is checked against their earlier accepted position there.
 */
export function plausibleFixes(positions: readonly WorkerPosition[], last: ReadonlyMap<string, Fix>, atMs: number, metersPerMs: number): PlausibleFixes {
  const latest = new Map(last);
  const result: PlausibleFixes = { accepted: [], tooFast: [] };
  positions.forEach((position, index) => {
    const [id, lat, lng] = position;
    const before = latest.get(id);
    const reach = before ? GPS_SLACK_METERS + Math.max(0, atMs - before.atMs) * metersPerMs : Infinity;
    if (before && haversineMeters(before, { lat, lng }) > reach) return void result.tooFast.push(index);
    latest.set(id, { lat, lng, atMs });
    result.accepted.push(position);
  });
  return result;
}
