import { describe, expect, it } from "vitest";
import {
  DEFAULT_CARE_ALERT_OPTIONS,
  decideCareHour,
  INITIAL_CARE_WATCH_STATE,
  type CareHour,
  type CareOutcome,
} from "@/lib/domain/care/decide-care-hour";
import { nextMeterSilence } from "@/lib/domain/care/meter-silence";
import { isAnnouncedAbsent } from "@/lib/domain/care/absence";

function run(hours: CareHour[]): CareOutcome[] {
  let state = INITIAL_CARE_WATCH_STATE;
  return hours.map((hour) => {
    const decided = decideCareHour(state, hour, { ...DEFAULT_CARE_ALERT_OPTIONS, alertBelow: 0.001 });
    state = decided.state;
    return decided.outcome;
  });
}
const quiet = (expected: number, extra: Partial<CareHour> = {}): CareHour => ({ reported: true, active: false, expected, absent: false, ...extra });

describe("care alert decision", () => {
  it("does not alarm at nine for a household that sleeps until ten", () => {
    expect(run(Array.from({ length: 9 }, () => quiet(0.02)))).not.toContain("alert");
  });

  it("alerts once when the hours that always show use stay quiet", () => {
    const outcomes = run([quiet(0.1), ...Array.from({ length: 8 }, () => quiet(0.8))]);
    expect(outcomes.filter((outcome) => outcome === "alert")).toHaveLength(1);
    expect(outcomes.indexOf("alert")).toBe(5);
  });

  it("waits for the minimum silence even when the profile is sure", () => {
    expect(run([quiet(0.9), quiet(0.9), quiet(0.9)])).not.toContain("alert");
  });

  it("does not alarm during an announced absence", () => {
    expect(run(Array.from({ length: 48 }, () => quiet(0.8, { absent: true })))).toEqual(Array(48).fill("absent"));
    expect(isAnnouncedAbsent([{ fromHour: 10, untilHour: 20 }], 19)).toBe(true);
    expect(isAnnouncedAbsent([{ fromHour: 10, untilHour: 20 }], 20)).toBe(false);
  });

  it("reports a meter that stops sending as a fault, not as a resident in danger", () => {
    const outcomes = run(Array.from({ length: 30 }, () => quiet(0.8, { reported: false })));
    expect(outcomes).not.toContain("alert");
    expect(outcomes.filter((outcome) => outcome === "meter-fault")).toHaveLength(1);
    expect(nextMeterSilence(11, false, 12)).toEqual({ hoursWithoutReading: 12, fault: true });
    expect(nextMeterSilence(11, true, 12)).toEqual({ hoursWithoutReading: 0, fault: false });
  });

  it("starts over when someone uses water again", () => {
    const outcomes = run([quiet(0.8), quiet(0.8), quiet(0.8), { ...quiet(0.8), active: true }, quiet(0.8), quiet(0.8)]);
    expect(outcomes).not.toContain("alert");
  });
});
