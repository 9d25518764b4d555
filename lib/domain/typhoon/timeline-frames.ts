import type { TimelineFrame } from "@/lib/contracts/typhoon-timeline";

export interface StepMean {
  sensorId: string;
  bucket: number;
  mean: number;
}

/**
 * The frames of a window: per step, each gauge's mean in that step, else its last known value (a gauge
 * reporting every ten minutes must not blink out in a five-minute step), and the cases opened.
 */
export function timelineFrames(
  sensorIds: readonly string[],
  means: readonly StepMean[],
  casesPerStep: ReadonlyMap<number, number>,
  from: Date,
  stepMs: number,
  steps: number,
): TimelineFrame[] {
  const column = new Map(sensorIds.map((id, index) => [id, index]));
  const byStep = new Map<number, StepMean[]>();
  for (const mean of means) {
    if (mean.bucket < 0 || mean.bucket >= steps || !column.has(mean.sensorId)) continue;
    const list = byStep.get(mean.bucket) ?? [];
    list.push(mean);
    byStep.set(mean.bucket, list);
  }
  const current: (number | null)[] = sensorIds.map(() => null);
  const frames: TimelineFrame[] = [];
  for (let step = 0; step < steps; step++) {
    for (const mean of byStep.get(step) ?? []) current[column.get(mean.sensorId)!] = Math.round(mean.mean * 10) / 10;
    frames.push({ at: new Date(from.getTime() + step * stepMs).toISOString(), values: [...current], casesOpened: casesPerStep.get(step) ?? 0 });
  }
  return frames;
}
