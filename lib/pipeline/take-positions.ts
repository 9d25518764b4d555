import type { WorkerPosition } from "@/lib/contracts/worker-summary";
import { CITY_MARGIN_KM, firstOutside, widenBounds, type CityBounds } from "@/lib/domain/geo/city-bounds";
import { maxMetersPerMs, plausibleFixes } from "@/lib/domain/geo/plausible-fixes";
import type { WorkerPositions } from "@/lib/geo/worker-positions";

export interface TakePositionsDeps {
  positions: WorkerPositions;
  bounds: CityBounds;
  clock: () => Date;
  slaMinuteMs: number;
}

export type TakePositionsOutcome =
  | { ok: false; outsideIndex: number }
  | { ok: true; accepted: WorkerPosition[]; tooFast: number[] };

/**
 * Phones' fixes, taken now: refused whole when one lies outside the city (the sender is broken or
 * lying), kept except for the jumps no vehicle could make since the worker's last fix, which are
 * dropped and named, so one phone's bad fix does not cost a gateway its batch. Two batches moving the
 * same worker at once are each checked against the fix before both.
 */
export async function takePositions(deps: TakePositionsDeps, batch: readonly WorkerPosition[]): Promise<TakePositionsOutcome> {
  const outsideIndex = firstOutside(batch, widenBounds(deps.bounds, CITY_MARGIN_KM));
  if (outsideIndex !== null) return { ok: false, outsideIndex };
  const atMs = deps.clock().getTime();
  const last = await deps.positions.lastFixes([...new Set(batch.map(([id]) => id))]);
  const { accepted, tooFast } = plausibleFixes(batch, last, atMs, maxMetersPerMs(deps.slaMinuteMs));
  await deps.positions.record(accepted, atMs);
  return { ok: true, accepted, tooFast };
}
