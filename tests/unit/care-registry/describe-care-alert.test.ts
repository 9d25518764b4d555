import { describe, expect, it } from "vitest";
import { describeCareAlert, describeMeterFault } from "@/lib/domain/care-registry/describe-care-alert";

// 2026-12-06 07:00 in Shanghai is 2026-12-05 23:00 UTC.
const h = (iso: string) => Date.parse(iso) / 3_600_000;
const now = new Date("2026-12-06T04:30:00Z"); // 12:30 in Shanghai

describe("describeCareAlert", () => {
  it("says since when each meter is quiet, in Shanghai time, and the use a normal day would have shown", () => {
    const text = describeCareAlert(
      {
        quietSinceHour: h("2026-12-05T22:00:00Z"),
        expectedActiveHours: 2.6,
        lastWaterUseHour: h("2026-12-05T22:00:00Z"),
        lastElectricityUseHour: h("2026-12-05T21:00:00Z"),
        hasWaterMeter: true,
        hasElectricityMeter: true,
        heldLoad: null,
      },
      now,
    );
    expect(text).toBe("自 07:00 起无用水，平常到此时约有 3 个小时有用水用电；用电自 06:00 起平稳");
  });

  it("says when a load has been left on through the quiet, and at what level", () => {
    const text = describeCareAlert(
      {
        quietSinceHour: h("2026-12-06T01:00:00Z"),
        expectedActiveHours: 2,
        lastWaterUseHour: h("2026-12-06T00:00:00Z"),
        lastElectricityUseHour: h("2026-12-06T00:00:00Z"),
        hasWaterMeter: true,
        hasElectricityMeter: true,
        heldLoad: { sinceHour: h("2026-12-06T01:00:00Z"), kwh: 0.2468 },
      },
      now,
    );
    expect(text).toBe("自 09:00 起无用水，平常到此时约有 2 个小时有用水用电；用电自 09:00 起保持每小时约 0.25 千瓦时不变，像是开着的电器无人关");
  });

  it("names the day when the quiet began before today", () => {
    const text = describeCareAlert(
      { quietSinceHour: h("2026-12-05T12:00:00Z"), expectedActiveHours: 0.2, lastWaterUseHour: null, lastElectricityUseHour: null, hasWaterMeter: true, hasElectricityMeter: false, heldLoad: null },
      now,
    );
    expect(text).toBe("自 12月5日 20:00 起无用水，平常到此时约有 1 个小时有用水用电");
  });

  it("describes a meter fault for maintenance", () => {
    expect(describeMeterFault(["water", "electricity"], 12)).toBe("智能水表、智能电表已连续 12 小时未上报读数，请检修表计");
  });
});
