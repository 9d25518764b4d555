import { describe, expect, it } from "vitest";
import { ELECTRICITY_SWITCH_KWH } from "@/lib/domain/care/household-baseline";
import { simulateElectricity } from "@/scripts/care/simulate-electricity";

const DAYS = 20;
const water = Array.from({ length: DAYS * 24 }, (_, hour) => ([7, 8, 12, 18, 21].includes(hour % 24) ? 25 : 0));

describe("simulated electricity", () => {
  it("never stops (standby and a fridge), and is switched while someone is up and about", () => {
    const kwh = simulateElectricity(water, 5) as number[];
    expect(Math.min(...kwh)).toBeGreaterThanOrEqual(0.06);
    const switched = kwh.filter((value, hour) => hour > 0 && Math.abs(value - kwh[hour - 1]!) >= ELECTRICITY_SWITCH_KWH).length;
    expect(switched).toBeGreaterThan(DAYS * 3);
  });

  it("keeps on, flat, what was on when the resident was incapacitated, and differs from the original only from then on", () => {
    const stop = 10 * 24 + 22; // 22:00, an hour after the evening's water, lights and screen on
    const original = simulateElectricity(water, 5);
    const incapacitated = simulateElectricity(water.map((litres, hour) => (hour >= stop ? 0 : litres)), 5, 0, stop) as number[];
    expect(incapacitated.slice(0, stop)).toEqual(original.slice(0, stop));
    const after = incapacitated.slice(stop);
    expect(Math.max(...after) - Math.min(...after)).toBeLessThan(ELECTRICITY_SWITCH_KWH);
    expect(after[0]).toBeCloseTo(original[stop - 1]!, 1);
  });

  it("reports when the water meter does", () => {
    expect(simulateElectricity([null, 3, null], 1)).toEqual([null, expect.any(Number), null]);
  });
});
