import { LineLayer, ScatterplotLayer, TextLayer } from "@deck.gl/layers";
import type { CaseSummary, Placed, WorkerSuggestion } from "@/lib/contracts";

export interface RankedWorker extends WorkerSuggestion {
  rank: number;
}

const cyan: [number, number, number, number] = [34, 211, 238, 255];
const chosenColor: [number, number, number, number] = [250, 204, 21, 255];

export function rankedWorkers(suggestions: readonly WorkerSuggestion[]): RankedWorker[] {
  return suggestions.map((suggestion, index) => ({ ...suggestion, rank: index + 1 }));
}

/** A line from each suggested worker to the case: the dispatcher sees at once who is close. */
export function travelLinesLayer(summary: CaseSummary & Placed, workers: readonly RankedWorker[], chosenId: string | null) {
  return new LineLayer<RankedWorker>({
    id: "suggestion-lines",
    data: workers,
    widthUnits: "pixels",
    getSourcePosition: (worker) => [worker.lng, worker.lat],
    getTargetPosition: () => [summary.lng, summary.lat],
    getColor: (worker) => (worker.workerId === chosenId ? chosenColor : [34, 211, 238, 90]),
    getWidth: (worker) => (worker.workerId === chosenId ? 2.5 : 1),
    updateTriggers: { getColor: chosenId, getWidth: chosenId },
  });
}

/** Numbered discs at the suggested workers, the chosen one in yellow. */
export function suggestedWorkersLayers(workers: readonly RankedWorker[], chosenId: string | null) {
  const color = (worker: RankedWorker) => (worker.workerId === chosenId ? chosenColor : cyan);
  return [
    new ScatterplotLayer<RankedWorker>({
      id: "suggested-workers",
      data: workers,
      radiusUnits: "pixels",
      lineWidthUnits: "pixels",
      stroked: true,
      getPosition: (worker) => [worker.lng, worker.lat],
      getRadius: (worker) => (worker.workerId === chosenId ? 11 : 9),
      getFillColor: [6, 14, 28, 235],
      getLineColor: color,
      getLineWidth: 2,
      updateTriggers: { getRadius: chosenId, getLineColor: chosenId },
    }),
    new TextLayer<RankedWorker>({
      id: "suggested-worker-ranks",
      data: workers,
      getPosition: (worker) => [worker.lng, worker.lat],
      getText: (worker) => String(worker.rank),
      getSize: 12,
      getColor: color,
      fontWeight: 700,
      characterSet: "0123456789",
      updateTriggers: { getColor: chosenId },
    }),
  ];
}

const assigneeColor: [number, number, number, number] = [74, 222, 128, 255];

/** The worker who holds the case now: a green ring joined to the case by a solid line. */
export function assigneeLayers(summary: CaseSummary & Placed, assignee: { lat: number; lng: number } | null) {
  const data = assignee ? [assignee] : [];
  return [
    new LineLayer<{ lat: number; lng: number }>({
      id: "assignee-line",
      data,
      widthUnits: "pixels",
      getSourcePosition: (worker) => [worker.lng, worker.lat],
      getTargetPosition: () => [summary.lng, summary.lat],
      getColor: assigneeColor,
      getWidth: 2.5,
      updateTriggers: { getTargetPosition: [summary.lng, summary.lat] },
    }),
    new ScatterplotLayer<{ lat: number; lng: number }>({
      id: "assignee",
      data,
      radiusUnits: "pixels",
      lineWidthUnits: "pixels",
      stroked: true,
      getPosition: (worker) => [worker.lng, worker.lat],
      getRadius: 8,
      getFillColor: [74, 222, 128, 120],
      getLineColor: assigneeColor,
      getLineWidth: 2.5,
    }),
  ];
}
