import type { EventReport } from "@/lib/contracts/event-report";
import type { Sensor, SensorKind } from "@/lib/contracts/sensor";

export interface AlarmReading {
  sensor: Sensor;
  measuredAt: Date;
  value: number;
}

/** Whether a value is over its sensor's alarm threshold; sensors without one never alarm. */
export function isOverThreshold(sensor: Sensor, value: number): boolean {
  return sensor.alarm !== null && value > sensor.alarm.above;
}

/**
 * A reading over the threshold alarms only when it crosses it: the sensor's reading just before it
 * was at or under the threshold, or there was none. A flood that lasts hours is one case, not one a reading.
 */
export function isCrossing(sensor: Sensor, value: number, previousValue: number | null): boolean {
  return isOverThreshold(sensor, value) && (previousValue === null || !isOverThreshold(sensor, previousValue));
}

const SENSOR_KEY_PREFIX = "sensor:";

/** One key per sensor and instant, whatever offset the instant was written with: a resent reading raises the same event. */
export function sensorAlarmKey(sensorId: string, measuredAt: Date): string {
  return `${SENSOR_KEY_PREFIX}${sensorId}:${measuredAt.getTime()}`;
}

/** Whether an idempotency key is one a sensor's alarm is raised under. */
export function isSensorAlarmKey(idempotencyKey: string): boolean {
  return idempotencyKey.startsWith(SENSOR_KEY_PREFIX);
}

const kindNames: Record<SensorKind, string> = {
  rain_gauge: "雨量站",
  water_level: "积水监测点",
  water_meter: "智能水表",
  electricity_meter: "智能电表",
};

/** The alarm as an event on the sensor channel, ready for the normal intake. */
export function sensorAlarmReport(reading: AlarmReading): EventReport {
  const { sensor, measuredAt, value } = reading;
  if (!sensor.alarm) throw new Error(`sensor ${sensor.id} has no alarm threshold`);
  const shown = Number(value.toFixed(2));
  return {
    id: sensorAlarmKey(sensor.id, measuredAt),
    channel: "sensor",
    category: sensor.alarm.category,
    description: `${kindNames[sensor.kind]} ${sensor.id} 读数 ${shown} ${sensor.unit}，超过报警值 ${sensor.alarm.above} ${sensor.unit}`,
    location: { lat: sensor.lat, lng: sensor.lng },
    occurredAt: measuredAt.toISOString(),
  };
}
