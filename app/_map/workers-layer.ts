import { ScatterplotLayer } from "@deck.gl/layers";
import type { WorkerPoint } from "./worker-points";

export const workerColors = { onDuty: [240, 253, 250, 235], offDuty: [148, 163, 184, 120] } as const;

/** Small dots for grid workers: bright white on duty, faint grey off duty. */
export function workersLayer(workers: readonly WorkerPoint[]) {
  return new ScatterplotLayer<WorkerPoint>({
    id: "workers",
    data: workers,
    radiusUnits: "pixels",
    getPosition: (worker) => [worker.lng, worker.lat],
    getRadius: (worker) => (worker.onDuty ? 2 : 1.5),
    getFillColor: (worker) => (worker.onDuty ? workerColors.onDuty : workerColors.offDuty),
  });
}
