import { describe, expect, it } from "vitest";
import { activityAtHour, expectedEventsPerMinute } from "@/scripts/simulator/model/event-rate";
import { shanghaiHourOfDay } from "@/scripts/simulator/model/shanghai-time";

const hours = Array.from({ length: 24 * 12 }, (_, i) => i / 12);
const peakHour = (from: number, to: number) =>
  hours.filter((h) => h >= from && h < to).reduce((best, h) => (activityAtHour(h) > activityAtHour(best) ? h : best), from);

describe("event rate by time of day", () => {
  it("peaks at 1 in the morning and never leaves [0, 1]", () => {
    const values = hours.map(activityAtHour);
    expect(Math.max(...values)).toBe(1);
    expect(Math.min(...values)).toBeGreaterThan(0);
    expect(peakHour(0, 24)).toBeGreaterThanOrEqual(9);
    expect(peakHour(0, 24)).toBeLessThanOrEqual(11);
  });

  it("is low in the small hours", () => {
    for (const h of hours.filter((h) => h >= 2 && h <= 5)) expect(activityAtHour(h)).toBeLessThan(0.1);
  });

  it("has separate afternoon and evening peaks", () => {
    const afternoon = peakHour(13, 18);
    const evening = peakHour(18, 23);
    expect(afternoon).toBeGreaterThan(13);
    expect(afternoon).toBeLessThan(17);
    expect(evening).toBeGreaterThan(18);
    expect(evening).toBeLessThan(22);
    expect(activityAtHour(18)).toBeLessThan(activityAtHour(afternoon));
    expect(activityAtHour(18)).toBeLessThan(activityAtHour(evening));
  });

  it("is continuous, also across midnight", () => {
    for (const h of hours) expect(Math.abs(activityAtHour(h + 1 / 60) - activityAtHour(h))).toBeLessThan(0.01);
    expect(activityAtHour(24)).toBe(activityAtHour(0));
  });

  it("scales the configured peak by Shanghai local time (UTC+8)", () => {
    expect(shanghaiHourOfDay(new Date("2024-07-01T02:00:00Z"))).toBe(10);
    expect(expectedEventsPerMinute(new Date("2024-07-01T02:00:00Z"), 40)).toBe(40);
    expect(expectedEventsPerMinute(new Date("2024-07-01T19:00:00Z"), 40)).toBeLessThan(4);
  });
});
