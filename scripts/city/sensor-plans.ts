import type { SensorKindPlan } from "./generate-sensors";

/**
 * The demo city's sensors. Thresholds are plausible, not any city's official ones: 50 mm of rain in
 * an hour is a rainstorm that floods low roads; 15 cm of standing water stops ordinary cars.
 * Meters have no threshold: their readings feed anomaly detection, not alarms.
 */
export const sensorPlans: readonly SensorKindPlan[] = [
  { kind: "rain_gauge", idPrefix: "RG", count: 120, unit: "mm/h", alarm: { above: 50, category: "road_waterlogging" } },
  { kind: "water_level", idPrefix: "WL", count: 240, unit: "cm", alarm: { above: 15, category: "road_waterlogging" } },
  { kind: "water_meter", idPrefix: "WM", count: 120, unit: "m³", alarm: null },
  { kind: "electricity_meter", idPrefix: "EM", count: 120, unit: "kWh", alarm: null },
];
