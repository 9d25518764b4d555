import { describe, expect, it } from "vitest";
import { riskReasonText, riskScoreText } from "@/app/_risk/risk-reason-text";

describe("riskReasonText", () => {
  it("keeps the numbers of a rain reason in both languages", () => {
    const reason = { kind: "rain", expectedMm: 85.4, drainageMm: 40.2, ratio: 2.12 } as const;
    expect(riskReasonText(reason, "en")).toBe("rain expected 85 mm, 2.1× drainage (40 mm)");
    expect(riskReasonText(reason, "zh-CN")).toBe("预计降雨 85 毫米，为排水能力（40 毫米）的 2.1 倍");
  });

  it("signs a gauge's trend", () => {
    expect(riskReasonText({ kind: "water_level", gaugeId: "SH-W-031", levelCm: 21.6, riseCmPerHour: 12 }, "en")).toBe(
      "gauge SH-W-031 22 cm, +12 cm/h",
    );
    expect(riskReasonText({ kind: "water_level", gaugeId: "SH-W-031", levelCm: 21.6, riseCmPerHour: -3.04 }, "en")).toBe(
      "gauge SH-W-031 22 cm, -3 cm/h",
    );
  });

  it("counts households and reports", () => {
    expect(riskReasonText({ kind: "vulnerable_households", count: 14 }, "zh-CN")).toBe("困难群体 14 户");
    expect(riskReasonText({ kind: "past_reports", count: 2 }, "en")).toBe("2 past waterlogging reports");
  });

  it("gives a score as a percentage", () => {
    expect(riskScoreText(0.876)).toBe("88%");
  });
});
