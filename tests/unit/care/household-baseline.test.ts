import { describe, expect, it } from "vitest";
import { createHouseholdBaseline, expectedActivity, isActive, isRaisedLoad, learnHour } from "@/lib/domain/care/household-baseline";

const MONDAY = 4 * 24; // 1970-01-05 00:00

describe("household baseline", () => {
  it("learns by hour of the week which hours show use", () => {
    const baseline = createHouseholdBaseline();
    for (let week = 0; week < 6; week += 1) {
      for (let hour = 0; hour < 168; hour += 1) {
        learnHour(baseline, MONDAY + week * 168 + hour, { waterLitres: hour % 24 === 10 ? 30 : 0 });
      }
    }
    expect(expectedActivity(baseline, MONDAY + 10)).toBeGreaterThan(0.85);
    expect(expectedActivity(baseline, MONDAY + 9)).toBeLessThan(0.01);
  });

  it("moves a bounded step on one odd day and follows a habit that changed", () => {
    const baseline = createHouseholdBaseline();
    for (let week = 0; week < 10; week += 1) learnHour(baseline, MONDAY + week * 168 + 8, { waterLitres: 20 });
    learnHour(baseline, MONDAY + 10 * 168 + 8, { waterLitres: 0 });
    expect(expectedActivity(baseline, MONDAY + 8)).toBeGreaterThan(0.85);
    for (let week = 11; week < 40; week += 1) learnHour(baseline, MONDAY + week * 168 + 8, { waterLitres: 0 });
    expect(expectedActivity(baseline, MONDAY + 8)).toBeLessThan(0.2);
  });

  it("takes a steady drip for idle, not for someone about", () => {
    const baseline = createHouseholdBaseline();
    for (let hour = 0; hour < 2_000; hour += 1) learnHour(baseline, hour, { waterLitres: 6 });
    expect(isActive(baseline, { waterLitres: 6 })).toBe(false);
    expect(isActive(baseline, { waterLitres: 15 })).toBe(true);
  });

  it("counts electricity switched as activity, and a level that stays — a fridge, a lamp left on — as none", () => {
    const baseline = createHouseholdBaseline();
    learnHour(baseline, 0, { waterLitres: 0, electricityKwh: 0.07 });
    expect(isActive(baseline, { waterLitres: 0, electricityKwh: 0.075 })).toBe(false);
    expect(isActive(baseline, { waterLitres: 0, electricityKwh: 0.3 })).toBe(true);
    learnHour(baseline, 1, { waterLitres: 0, electricityKwh: 0.3 });
    expect(isActive(baseline, { waterLitres: 0, electricityKwh: 0.3 })).toBe(false);
    expect(isActive(baseline, { waterLitres: 0, electricityKwh: 0.07 })).toBe(true);
  });

  it("learns the electricity's idle level, above which a load left on stands raised", () => {
    const baseline = createHouseholdBaseline();
    expect(isRaisedLoad(baseline, 0.3)).toBe(false);
    for (let hour = 0; hour < 1_000; hour += 1) {
      learnHour(baseline, hour, { waterLitres: 0, electricityKwh: hour % 24 >= 18 && hour % 24 < 22 ? 0.35 : 0.065 + (hour % 3) * 0.004 });
    }
    expect(baseline.electricityIdleKwh).toBeGreaterThan(0.055);
    expect(baseline.electricityIdleKwh).toBeLessThan(0.075);
    expect(isRaisedLoad(baseline, 0.075)).toBe(false);
    expect(isRaisedLoad(baseline, 0.14)).toBe(true);
    expect(isRaisedLoad(baseline, null)).toBe(false);
  });
});
