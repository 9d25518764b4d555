import { describe, expect, it } from "vitest";
import { handlingMs, reportInDelayMs, signForDelayMs, travelMetersPerMs, type Pace } from "@/scripts/simulator/model/people-pace";
import { createSeededRandom } from "@/scripts/simulator/model/seeded-random";

const sla = { signForMinutes: 30, arriveMinutes: 60, resolveMinutes: 240 };
const realTime: Pace = { minuteMs: 60_000, lateShare: 0 };
const draws = (n: number, draw: (i: number) => number) => Array.from({ length: n }, (_, i) => draw(i));

describe("people pace", () => {
  it("signs for within minutes, always inside the deadline when on time", () => {
    const random = createSeededRandom("sign");
    const minutes = draws(2000, () => signForDelayMs(sla, realTime, random) / 60_000);
    expect(Math.max(...minutes)).toBeLessThanOrEqual(sla.signForMinutes * 0.6);
    const sorted = [...minutes].sort((a, b) => a - b);
    expect(sorted[1000]).toBeGreaterThan(1.5);
    expect(sorted[1000]).toBeLessThan(2.5);
  });

  it("scales every delay by the length of an SLA minute", () => {
    const lapse: Pace = { minuteMs: 5_000, lateShare: 0 };
    expect(signForDelayMs(sla, lapse, createSeededRandom("same"))).toBeCloseTo(signForDelayMs(sla, realTime, createSeededRandom("same")) / 12, 6);
    expect(handlingMs("normal", 60 * 5_000, lapse, createSeededRandom("h"))).toBeCloseTo(handlingMs("normal", 60 * 60_000, realTime, createSeededRandom("h")) / 12, 6);
    expect(travelMetersPerMs(lapse, createSeededRandom("t")) * 5_000).toBeCloseTo(travelMetersPerMs(realTime, createSeededRandom("t")) * 60_000, 6);
  });

  it("rides at e-bike speed: 200 to 300 m per minute", () => {
    const random = createSeededRandom("ride");
    for (const perMs of draws(500, () => travelMetersPerMs(realTime, random))) {
      expect(perMs * 60_000).toBeGreaterThanOrEqual(200);
      expect(perMs * 60_000).toBeLessThanOrEqual(300);
    }
  });

  it("takes the late share of steps after their deadline, and only deadlines within a few hours", () => {
    const pace: Pace = { minuteMs: 60_000, lateShare: 0.2 };
    const random = createSeededRandom("late");
    const dueIn = 100 * 60_000;
    const late = draws(5000, () => handlingMs("normal", dueIn, pace, random)).filter((ms) => ms > dueIn).length / 5000;
    expect(late).toBeGreaterThan(0.17);
    expect(late).toBeLessThan(0.23);
    const farDue = 3 * 24 * 60 * 60_000;
    expect(draws(1000, () => handlingMs("normal", farDue, pace, random)).every((ms) => ms <= 60 * 60_000)).toBe(true);
  });

  it("handles a problem in about a quarter of an hour, urgent ones faster", () => {
    const random = createSeededRandom("handle");
    const median = (priority: "urgent" | "normal") => {
      const sorted = draws(2001, () => handlingMs(priority, 24 * 60 * 60_000, realTime, random)).sort((a, b) => a - b);
      return sorted[1000]! / 60_000;
    };
    expect(median("urgent")).toBeLessThan(median("normal"));
    expect(median("normal")).toBeGreaterThan(12);
    expect(median("normal")).toBeLessThan(18);
  });

  it("reports in before the summons deadline when on time, after it when late", () => {
    const random = createSeededRandom("report-in");
    const dueIn = 30 * 60_000;
    expect(draws(500, () => reportInDelayMs(dueIn, realTime, random)).every((ms) => ms < dueIn)).toBe(true);
    const late = draws(500, () => reportInDelayMs(dueIn, { minuteMs: 60_000, lateShare: 1 }, random));
    expect(late.every((ms) => ms > dueIn)).toBe(true);
  });
});
