import { describe, expect, it } from "vitest";
import { caseColor, isOverdueOpen, overdueColor } from "@/app/_map/case-color";
import { stageColors } from "@/app/_map/stage-colors";
import { openStages, stages } from "@/lib/contracts";

describe("caseColor", () => {
  it("paints an open case past its deadline red, whatever its stage", () => {
    for (const stage of openStages) {
      expect(caseColor({ stage, overdue: true })).toEqual(overdueColor);
      expect(isOverdueOpen({ stage, overdue: true })).toBe(true);
    }
  });

  it("keeps the stage colour for cases on time and for finished cases that once ran late", () => {
    for (const stage of stages) expect(caseColor({ stage, overdue: false })).toEqual(stageColors[stage]);
    for (const stage of ["resolved", "rated", "closed", "cancelled"] as const) {
      expect(caseColor({ stage, overdue: true })).toEqual(stageColors[stage]);
      expect(isOverdueOpen({ stage, overdue: true })).toBe(false);
    }
  });

  it("is a red no stage uses", () => {
    expect(Object.values(stageColors)).not.toContainEqual(overdueColor);
  });
});
