import { describe, expect, it } from "vitest";
import { caseQuerySchema, encodeCaseCursor } from "@/lib/contracts/case-query";
import { openStages } from "@/lib/contracts/stage";
import { scopedFilter } from "@/lib/pipeline/list-cases";

describe("caseQuerySchema", () => {
  it("reads every filter from query-string values", () => {
    const cursor = encodeCaseCursor({ createdAt: "2026-07-01T08:00:00.000Z", id: "0b9f5a52-2b1c-5d7e-8f00-1234567890ab" });
    const query = caseQuerySchema.parse({
      stage: "accepted,reopened",
      overdue: "true",
      department: "water",
      district: "310101",
      category: "garbage_pileup",
      limit: "20",
      before: cursor,
    });
    expect(query).toEqual({
      stage: ["accepted", "reopened"],
      overdue: true,
      department: "water",
      district: 310101,
      category: "garbage_pileup",
      limit: 20,
      before: { createdAt: "2026-07-01T08:00:00.000Z", id: "0b9f5a52-2b1c-5d7e-8f00-1234567890ab" },
    });
  });

  it("expands `open` to the open stages and defaults the page size", () => {
    expect(caseQuerySchema.parse({ stage: "open" })).toEqual({ stage: [...openStages], limit: 50 });
  });

  it("names the field that is wrong", () => {
    const result = caseQuerySchema.safeParse({ stage: "flying", overdue: "maybe", limit: "1000", before: "yesterday" });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((issue) => String(issue.path[0]));
    expect(new Set(paths)).toEqual(new Set(["stage", "overdue", "limit", "before"]));
  });
});

describe("scopedFilter", () => {
  it("forces department staff onto their own department", () => {
    expect(scopedFilter({ department: "police" }, { role: "department_staff", id: "u", department: "water" })).toEqual({ department: "water" });
  });

  it("leaves the desk's filter as asked", () => {
    expect(scopedFilter({ department: "police", overdue: true }, { role: "dispatcher", id: "d" })).toEqual({ department: "police", overdue: true });
  });
});
