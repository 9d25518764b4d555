import type { ScreenSensor, TimelineFrame, TyphoonTimeline } from "@/lib/contracts";
import type { GaugePoint } from "./gauge-layers";

/** The gauges with their latest live values. */
export function liveGaugePoints(sensors: ReadonlyMap<string, ScreenSensor>): GaugePoint[] {
  return [...sensors.values()];
}

/** The gauges with the values of one replayed step (`values` are in the order of the timeline's sensors). */
export function replayedGaugePoints(timeline: TyphoonTimeline, frame: TimelineFrame | null): GaugePoint[] {
  return timeline.sensors.map((sensor, i) => ({ ...sensor, value: frame?.values[i] ?? null }));
}
