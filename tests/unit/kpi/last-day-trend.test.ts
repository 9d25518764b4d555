import { describe, expect, it } from "vitest";
import { lastDayStart, lastDayTrend } from "@/lib/domain/kpi/last-day-trend";

const now = new Date("2026-11-23T04:30:00Z");

describe("lastDayTrend", () => {
  it("starts 23 clock hours before the current one", () => {
    expect(lastDayStart(now).toISOString()).toBe("2026-11-22T05:00:00.000Z");
    expect(lastDayStart(new Date("2026-11-23T04:00:00Z")).toISOString()).toBe("2026-11-22T05:00:00.000Z");
  });

  it("fills hours without rows with zero reports and no median, oldest first", () => {
    const hours = lastDayTrend({ now, openNow: 0, reported: [{ hour: 23, value: 4 }], openedNet: [], medianSecondsToDispatch: [{ hour: 2, value: 61.26 }] });
    expect(hours).toHaveLength(24);
    expect(hours[23]).toEqual({ hourStart: "2026-11-23T04:00:00.000Z", reported: 4, backlog: 0, medianSecondsToDispatch: null });
    expect(hours[2]!.medianSecondsToDispatch).toBe(61.3);
    expect(hours[0]!.reported).toBe(0);
  });

  it("works the backlog at each hour's end back from the open count now", () => {
    const hours = lastDayTrend({
      now,
      openNow: 5,
      reported: [],
      openedNet: [
        { hour: 23, value: 2 },
        { hour: 21, value: -3 },
        { hour: 0, value: 1 },
      ],
      medianSecondsToDispatch: [],
    });
    expect(hours.map((hour) => hour.backlog).slice(19)).toEqual([6, 6, 3, 3, 5]);
    expect(hours[0]!.backlog).toBe(6);
  });
});
