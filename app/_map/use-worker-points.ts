"use client";

import { useMemo, useRef } from "react";
import type { WorkerSummary } from "@/lib/contracts";
import type { LatLng } from "@/app/_live/live-state";
import { workerPoints, type WorkerPoint } from "./worker-points";

/** The map's worker points: a new array only when a worker moved, came, went or changed duty. */
export function useWorkerPoints(workers: ReadonlyMap<string, WorkerSummary>, positions: ReadonlyMap<string, LatLng>): readonly WorkerPoint[] {
  const drawn = useRef<readonly WorkerPoint[] | undefined>(undefined);
  return useMemo(() => (drawn.current = workerPoints(workers, positions, drawn.current)), [workers, positions]);
}
