import { describe, expect, it } from "vitest";
import { seedRuleAlertHours } from "@/scripts/care/seed-rule";

const days = (totals: (number | null)[]): (number | null)[] =>
  totals.flatMap((total) => Array.from({ length: 24 }, (_, hour) => (total === null ? null : hour === 8 ? total : 0)));

describe("the seed's rule (check_elderly_alert)", () => {
  it("alerts at the end of the second day under 10 % of the three-day average", () => {
    expect(seedRuleAlertHours(days([300, 280, 300, 5, 4, 0]))).toEqual([5 * 24]);
  });

  it("needs electricity down too when it is given", () => {
    const kwh = days([3, 3, 3, 1.5, 1.5, 1.5]);
    expect(seedRuleAlertHours(days([300, 280, 300, 5, 4, 0]), kwh)).toEqual([]);
  });

  it("skips days the meter did not report, as the script's list of records would", () => {
    expect(seedRuleAlertHours(days([300, 280, null, null, 300, 260]))).toEqual([]);
  });
});
