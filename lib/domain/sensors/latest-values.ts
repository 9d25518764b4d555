import type { SensorKind } from "@/lib/contracts/sensor";
import { screenSensorKinds, type SensorValue } from "@/lib/contracts/sensor-values";
import type { ReadingColumns } from "./parse-reading-batch";

const drawn: ReadonlySet<SensorKind> = new Set(screenSensorKinds);

/** Of a stored batch, each drawn gauge's newest reading: what the screens need of it, one item per gauge. */
export function latestScreenValues(batch: ReadingColumns, kindOf: (sensorId: string) => SensorKind | undefined): SensorValue[] {
  const latest = new Map<string, SensorValue>();
  batch.sensorIds.forEach((id, index) => {
    const kind = kindOf(id);
    if (!kind || !drawn.has(kind)) return;
    const measuredAt = batch.measuredAt[index]!;
    const known = latest.get(id);
    if (known && Date.parse(known.measuredAt) >= Date.parse(measuredAt)) return;
    latest.set(id, { id, value: batch.values[index]!, measuredAt });
  });
  return [...latest.values()];
}
