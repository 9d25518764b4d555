import { describe, expect, it } from "vitest";
import { createCareWatch, recordFalseAlarm, watchCareHour, WARM_UP_HOURS, type CareWatch, type CareWatchResult } from "@/lib/domain/care/care-watch";
import { DEFAULT_CARE_ALERT_OPTIONS } from "@/lib/domain/care/decide-care-hour";

const MONDAY = 4 * 24; // 1970-01-05 00:00
const USES = [7, 8, 12, 18, 21];
const litresAt = (hour: number): number => (USES.includes(hour % 24) ? 25 : 0);

/**
 * Feeds hours [from, to) with water from `litres` and electricity from `kwh` (a fridge alone by default), storing the
 * watch as JSON between hours as the product does.
 */
function feed(
  stored: string,
  from: number,
  to: number,
  litres: (hour: number) => number,
  kwh: (hour: number) => number = () => 0.07,
): { stored: string; results: CareWatchResult[] } {
  const results: CareWatchResult[] = [];
  for (let hour = from; hour < to; hour += 1) {
    const watch = JSON.parse(stored) as CareWatch;
    results.push(watchCareHour(watch, { hour, waterLitres: litres(hour), electricityKwh: kwh(hour), absent: false }, DEFAULT_CARE_ALERT_OPTIONS));
    stored = JSON.stringify(watch);
  }
  return { stored, results };
}

describe("care watch, online", () => {
  const learned = feed(JSON.stringify(createCareWatch()), MONDAY, MONDAY + 120 * 24, litresAt);

  it("learns a regular life without alarms, stored as JSON between hours", () => {
    expect(learned.results.filter((result) => result.outcome === "alert")).toEqual([]);
    expect((JSON.parse(learned.stored) as CareWatch).hoursWatched).toBe(120 * 24);
    expect(WARM_UP_HOURS).toBeLessThan(120 * 24);
  });

  it("alerts within hours when all use stops at noon, with what was expected by then", () => {
    const stop = MONDAY + 120 * 24 + 13;
    const { results } = feed(learned.stored, MONDAY + 120 * 24, stop + 24, (hour) => (hour >= stop ? 0 : litresAt(hour)));
    const alertAt = results.findIndex((result) => result.outcome === "alert");
    const alert = results[alertAt]!;
    expect(MONDAY + 120 * 24 + alertAt - stop).toBeLessThan(8);
    expect(alert.quietSinceHour).toBe(stop);
    expect(alert.expectedActiveHours).toBeGreaterThan(0.8);
    expect(alert.survival).toBeLessThan(DEFAULT_CARE_ALERT_OPTIONS.alertBelow);
  });

  it("learns from a false alarm: the next quiet afternoon like it passes", () => {
    const away = (day: number) => (hour: number) => (hour >= MONDAY + day * 24 + 13 && hour < MONDAY + day * 24 + 23 ? 0 : litresAt(hour));
    const first = feed(learned.stored, MONDAY + 120 * 24, MONDAY + 120 * 24 + 22, away(120));
    expect(first.results.map((result) => result.outcome)).toContain("alert");
    const watch = JSON.parse(first.stored) as CareWatch;
    recordFalseAlarm(watch);
    expect(watch.state.confirmedNormal).toBe(true);
    let stored = feed(JSON.stringify(watch), MONDAY + 120 * 24 + 22, MONDAY + 127 * 24, away(120)).stored;
    stored = feed(stored, MONDAY + 127 * 24, MONDAY + 128 * 24, away(127)).stored;
    const again = feed(stored, MONDAY + 134 * 24, MONDAY + 135 * 24, away(134));
    expect(again.results.map((result) => result.outcome)).not.toContain("alert");
  });

  describe("a load left on", () => {
    const DAYS = 120;
    // Out every other afternoon from 13:00 to 22:00 (everything switched off); a lamp left on every night, 22:00–07:00.
    const outOn = (hour: number): boolean => Math.floor((hour - MONDAY) / 24) % 2 === 1 && hour % 24 >= 13 && hour % 24 < 22;
    const litres = (hour: number): number => (outOn(hour) ? 0 : litresAt(hour));
    const kwh = (hour: number): number => (hour % 24 >= 22 || hour % 24 < 7 ? 0.17 : litres(hour) > 0 ? 0.4 : 0.07);
    const life = feed(JSON.stringify(createCareWatch()), MONDAY, MONDAY + DAYS * 24, litres, kwh);
    const STOP = MONDAY + DAYS * 24 + 13; // an at-home day (day 120 is even)

    it("does not alarm on a lamp left on every night", () => {
      expect(life.results.filter((result) => result.outcome === "alert")).toEqual([]);
      const night = life.results.slice(-10).find((result) => result.heldLoadSinceHour !== null);
      expect(night?.heldLoadSurvival).toBeGreaterThan(0.5);
    });

    it("alerts within hours when a television stays on after a stop, where water alone says 'out for the afternoon'", () => {
      const stopped = (hour: number): number => (hour >= STOP ? 0 : litresAt(hour));
      const televisionOn = (hour: number): number => (hour >= STOP - 1 ? 0.3 : kwh(hour));
      const withTelevision = feed(life.stored, MONDAY + DAYS * 24, STOP + 9, stopped, televisionOn).results;
      const alertAt = withTelevision.findIndex((result) => result.outcome === "alert");
      expect(alertAt - 13).toBeLessThanOrEqual(6);
      expect(withTelevision[alertAt]?.heldLoadSinceHour).toBe(STOP);
      const switchedOff = feed(life.stored, MONDAY + DAYS * 24, STOP + 9, stopped, (hour) => (hour >= STOP ? 0.07 : kwh(hour))).results;
      expect(switchedOff.map((result) => result.outcome)).not.toContain("alert");
    });
  });
});
