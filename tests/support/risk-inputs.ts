import type { Forecast } from "@/lib/contracts/forecast";

/** Two neighbouring rain gauges of the demo city (徐汇), the ones the risk tests rain on. */
export const RAINED_ON_GAUGES = [
  { id: "RG-0001", gridCell: "89309b94c27ffff" },
  { id: "RG-0003", gridCell: "89309b94cabffff" },
] as const;

/** Heavy rain (`mmH`) on the given gauges every ten minutes over the last `hours` before `now`, as a readings batch. */
export function heavyRainReadings(now: Date, gaugeIds: readonly string[], mmH: number, hours: number): { readings: { sensorId: string; measuredAt: string; value: number }[] } {
  const readings = [];
  for (let minutes = hours * 60 - 10; minutes >= 0; minutes -= 10) {
    const measuredAt = new Date(now.getTime() - minutes * 60_000).toISOString();
    for (const sensorId of gaugeIds) readings.push({ sensorId, measuredAt, value: mmH });
  }
  return { readings };
}

/** A weak storm's forecast passing well east of the city over the next hours, issued an hour ago. */
export function passingStormForecast(now: Date): Forecast {
  const issued = new Date(Math.floor(now.getTime() / 3_600_000) * 3_600_000 - 3_600_000);
  const at = (lead: number) => new Date(issued.getTime() + lead * 3_600_000).toISOString();
  return {
    source: "risk-test-feed",
    storm: { id: "2199", name: "TEST" },
    issuedAt: issued.toISOString(),
    points: [
      { leadHours: 0, validAt: at(0), lat: 29.5, lon: 124.5, pressureHpa: 990, maxWindMs: 20 },
      { leadHours: 12, validAt: at(12), lat: 31.5, lon: 124.0, pressureHpa: 992, maxWindMs: 18 },
    ],
    cone: [
      { leadHours: 0, radiusKm: 20 },
      { leadHours: 12, radiusKm: 60 },
    ],
  };
}
