/**
 * What the demo's rain gauges and water-level gauges read: the rain that really falls at the gauge,
 * and the water that really stands in its cell, each with a gauge's own small error (±5 % for a
 * tipping bucket in heavy rain, ±0.5 cm for a level sensor), never below zero, to 0.1 of the unit.
 */
import type { Sensor } from "@/lib/contracts/sensor";
import type { Random } from "@/scripts/simulator/model/seeded-random";

export type Gauge = Pick<Sensor, "id" | "kind" | "lat" | "lng" | "gridCell">;

export interface GaugeReading {
  sensorId: string;
  value: number;
}

const RAIN_RELATIVE_ERROR = 0.05;
const LEVEL_ERROR_CM = 0.5;

export function gaugeReadings(
  gauges: readonly Gauge[],
  truth: { rainMmHAt: (gauge: Gauge) => number; waterDepthMmIn: (cell: string) => number },
  random: Random,
): GaugeReading[] {
  const readings: GaugeReading[] = [];
  for (const gauge of gauges) {
    if (gauge.kind === "rain_gauge") {
      const rain = truth.rainMmHAt(gauge) * (1 + RAIN_RELATIVE_ERROR * random.gaussian());
      readings.push({ sensorId: gauge.id, value: round1(Math.max(0, rain)) });
    } else if (gauge.kind === "water_level") {
      const depthCm = truth.waterDepthMmIn(gauge.gridCell) / 10 + LEVEL_ERROR_CM * random.gaussian();
      readings.push({ sensorId: gauge.id, value: round1(Math.max(0, depthCm)) });
    }
  }
  return readings;
}

const round1 = (x: number) => Math.round(x * 10) / 10;
