import type { WorkerSummary } from "@/lib/contracts";
import type { LatLng } from "@/app/_live/live-state";

export interface WorkerPoint {
  readonly id: string;
  readonly lat: number;
  readonly lng: number;
  readonly onDuty: boolean;
}

/** Workers at their latest reported position (the position stream is fresher than the summaries). */
export function workerPoints(workers: ReadonlyMap<string, WorkerSummary>, positions: ReadonlyMap<string, LatLng>): WorkerPoint[] {
  return Array.from(workers.values(), (worker) => {
    const position = positions.get(worker.id) ?? worker;
    return { id: worker.id, lat: position.lat, lng: position.lng, onDuty: worker.onDuty };
  });
}
