import { describe, expect, it } from "vitest";
import { absenceInputSchema, careOutcomeInputSchema, householdInputSchema, householdPatchSchema } from "@/lib/contracts/care";

const paths = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) => result.error?.issues.map((i) => i.path.join(".")) ?? [];

describe("care contracts", () => {
  it("registers without family contacts as none", () => {
    const parsed = householdInputSchema.parse({
      category: "elderly_alone",
      name: "王秀英",
      address: "黄浦区南京东路1号",
      location: { lat: 31.2, lng: 121.5 },
      gridWorkerId: "W0001",
      consent: { givenBy: "王秀英", at: "2026-11-01T10:00:00+08:00", scope: "关怀告警" },
    });
    expect(parsed.familyContacts).toEqual([]);
  });

  it("changes only the fields a patch names, and refuses a patch that names none", () => {
    expect(householdPatchSchema.parse({ expectedVersion: 2, phone: "13900000000" })).toEqual({ expectedVersion: 2, phone: "13900000000" });
    expect(paths(householdPatchSchema.safeParse({ expectedVersion: 2 }))).toEqual(["expectedVersion"]);
  });

  it("names the wrong field", () => {
    expect(paths(householdPatchSchema.safeParse({ expectedVersion: 1, idNumber: "123" }))).toEqual(["idNumber"]);
    expect(paths(absenceInputSchema.safeParse({ reason: "away", startsAt: "2026-12-07T00:00:00Z", endsAt: "2026-12-06T00:00:00Z" }))).toEqual(["endsAt"]);
    expect(paths(careOutcomeInputSchema.safeParse({ outcome: "false_alarm" }))).toEqual(["reason"]);
    expect(careOutcomeInputSchema.safeParse({ outcome: "safe" }).success).toBe(true);
  });
});
