import type { WorkerSummary } from "@/lib/contracts";
import type { LatLng } from "@/app/_live/live-state";

export interface WorkerPoint {
  readonly id: string;
  readonly lat: number;
  readonly lng: number;
  readonly onDuty: boolean;
}

/**
 * Workers at their latest reported position (the position stream is fresher than the summaries). Given
 * the points drawn before, returns those when nothing drawn changed: a dispatch changes a worker's load,
 * which the map does not show, and its layer keeps its data.
 */
export function workerPoints(
  workers: ReadonlyMap<string, WorkerSummary>,
  positions: ReadonlyMap<string, LatLng>,
  previous?: readonly WorkerPoint[],
): readonly WorkerPoint[] {
  const points = Array.from(workers.values(), (worker) => {
    const position = positions.get(worker.id) ?? worker;
    return { id: worker.id, lat: position.lat, lng: position.lng, onDuty: worker.onDuty };
  });
  return previous && samePoints(previous, points) ? previous : points;
}

function samePoints(a: readonly WorkerPoint[], b: readonly WorkerPoint[]): boolean {
  return a.length === b.length && a.every((p, i) => p.id === b[i]!.id && p.lat === b[i]!.lat && p.lng === b[i]!.lng && p.onDuty === b[i]!.onDuty);
}
