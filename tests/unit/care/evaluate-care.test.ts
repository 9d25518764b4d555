import { describe, expect, it } from "vitest";
import { DEFAULT_CARE_ALERT_OPTIONS } from "@/lib/domain/care/decide-care-hour";
import { evaluateCare, median, type EvaluatedHousehold } from "@/scripts/care/evaluate-care";

const DAYS = 70;
const FIRST_HOUR = 4 * 24; // a Monday

/** Water at 7, 8, 12, 18 and 21 o'clock every day; four days away from day 40, announced or not. */
function regularLife(holiday: boolean): EvaluatedHousehold {
  const waterLitres = Array.from({ length: DAYS * 24 }, (_, hour) => {
    const day = Math.floor(hour / 24);
    if (holiday && day >= 40 && day < 44) return 0;
    return [7, 8, 12, 18, 21].includes(hour % 24) ? 25 : 0;
  });
  return {
    household: holiday ? "holiday" : "regular",
    firstHour: FIRST_HOUR,
    waterLitres,
    absences: holiday ? [{ fromHour: FIRST_HOUR + 40 * 24, untilHour: FIRST_HOUR + 44 * 24 }] : [],
  };
}

describe("care evaluation", () => {
  it("detects a stop injected into a regular life within hours, and never alarms on an announced holiday", () => {
    for (const waterOnly of [true, false]) {
      const figures = evaluateCare([regularLife(false), regularLife(true)], DEFAULT_CARE_ALERT_OPTIONS, {
        waterOnly, seed: 1, incidentsPerHousehold: 3, incidentHours: 72,
      });
      expect(figures.falseAlarms).toBe(0);
      expect(figures.detected).toBe(6);
      expect(median(figures.delays)).toBeLessThan(12);
      expect(Math.max(...figures.delays)).toBeLessThan(36);
    }
  });

  it("counts the holiday as a false alarm when it was not announced", () => {
    const unannounced = { ...regularLife(true), absences: [] };
    const figures = evaluateCare([unannounced], DEFAULT_CARE_ALERT_OPTIONS, { waterOnly: true, seed: 1, incidentsPerHousehold: 0, incidentHours: 72 });
    expect(figures.falseAlarms).toBeGreaterThan(0);
  });
});
