const HOUR_MS = 3_600_000;

/**
 * Three weeks of a household living a regular day — water and lights from 07:00 to 23:00 Shanghai time, quiet nights,
 * a fridge that never stops — that stops `stoppedHoursAgo` hours before the current hour, as its meters' gateway posts
 * them: each reading, at the top of an hour, is the hour before's use. Thirty hours is longer than the care watch waits
 * for a stop at any hour of this life (at most about 28 h where it was never quiet before), and not so long that the
 * alert it raised is a day old when found.
 */
export function regularLifeReadings(meters: { water: string; electricity: string }, stoppedHoursAgo = 30) {
  const currentHour = Math.floor(Date.now() / HOUR_MS);
  const readings = [];
  for (let hour = currentHour - 22 * 24; hour < currentHour; hour += 1) {
    const localHour = (hour + 8) % 24;
    const active = hour < currentHour - stoppedHoursAgo && localHour >= 7 && localHour < 23;
    const measuredAt = new Date((hour + 1) * HOUR_MS).toISOString();
    readings.push({ sensorId: meters.water, measuredAt, value: active ? 0.03 : 0 }, { sensorId: meters.electricity, measuredAt, value: active ? 0.4 : 0.04 });
  }
  return { readings };
}
