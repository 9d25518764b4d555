import type { Kysely } from "kysely";
import type { ReadingRejection, ReadingsIngested } from "@/lib/contracts/sensor-readings";
import type { Database } from "@/lib/db/schema";
import { insertReadings, previousValues } from "@/lib/db/repositories/sensor-readings.repository";
import { findSensors } from "@/lib/db/repositories/sensors.repository";
import { eventIdForKey } from "@/lib/domain/ids";
import { latestScreenValues } from "@/lib/domain/sensors/latest-values";
import type { ReadingColumns } from "@/lib/domain/sensors/parse-reading-batch";
import type { SensorValue } from "@/lib/contracts/sensor-values";
import { isCrossing, isOverThreshold, sensorAlarmKey, sensorAlarmReport, type AlarmReading } from "@/lib/domain/sensors/sensor-alarm";
import type { RecordEventJob } from "@/lib/queue/job-payloads";

export interface IngestDeps {
  db: Kysely<Database>;
  /** The normal intake, which opens one case per idempotency key. */
  enqueueEvent(job: RecordEventJob): Promise<void>;
  clock: () => Date;
  /** Asks for the care watch of the households these smart meters belong to (lib/pipeline/care). */
  watchMeters?(sensorIds: readonly string[]): Promise<void>;
  /** Hands the stored gauges' newest values on to the screens. */
  pushValues(values: SensorValue[]): void;
}

const METER_KINDS: ReadonlySet<string> = new Set(["water_meter", "electricity_meter"]);

/**
 * Stores a batch of readings (unknown sensors' left out and named) and hands every threshold
 * crossing to intake as a sensor event. Safe to repeat: readings are stored once, and a crossing
 * gives the same idempotency key every time, so a resent batch opens no second case. The gauges'
 * newest values go on to the screens.
 */
export async function ingestReadings(deps: IngestDeps, batch: ReadingColumns): Promise<ReadingsIngested> {
  const sensors = await findSensors(deps.db, [...new Set(batch.sensorIds)]);
  const known: ReadingColumns = { sensorIds: [], measuredAt: [], values: [] };
  const rejected: ReadingRejection[] = [];
  // By alarm key: the same reading twice in one batch is one crossing.
  const overThreshold = new Map<string, { reading: AlarmReading; measuredAt: string }>();
  batch.sensorIds.forEach((sensorId, index) => {
    const sensor = sensors.get(sensorId);
    if (!sensor) return void rejected.push({ index, sensorId, reason: "unknown_sensor" });
    const measuredAt = batch.measuredAt[index]!;
    const value = batch.values[index]!;
    known.sensorIds.push(sensorId);
    known.measuredAt.push(measuredAt);
    known.values.push(value);
    if (!isOverThreshold(sensor, value)) return;
    const at = new Date(measuredAt);
    overThreshold.set(sensorAlarmKey(sensorId, at), { reading: { sensor, measuredAt: at, value }, measuredAt });
  });

  const stored = await insertReadings(deps.db, known);
  const meters = [...sensors.values()].filter((s) => METER_KINDS.has(s.kind)).map((s) => s.id);
  if (deps.watchMeters && meters.length > 0) await deps.watchMeters(meters);
  deps.pushValues(latestScreenValues(known, (id) => sensors.get(id)?.kind));
  // Looked up after the insert, so a reading earlier in the same batch counts as the one before.
  const candidates = [...overThreshold];
  const previous = await previousValues(deps.db, candidates.map(([, c]) => ({ sensorId: c.reading.sensor.id, measuredAt: c.measuredAt })));
  const crossings = candidates.filter(([, { reading }], i) => isCrossing(reading.sensor, reading.value, previous[i] ?? null));
  const receivedAt = deps.clock().toISOString();
  await Promise.all(
    crossings.map(([idempotencyKey, { reading }]) =>
      deps.enqueueEvent({ eventId: eventIdForKey(idempotencyKey), idempotencyKey, receivedAt, report: sensorAlarmReport(reading) }),
    ),
  );
  return {
    received: batch.sensorIds.length,
    stored,
    duplicates: known.sensorIds.length - stored,
    rejected,
    alarms: crossings.length,
  };
}
