import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/domain/cases/case-rules";
import { reportsSeenBy, type RidingReport } from "@/lib/domain/cases/reports-seen-by";

const own: RidingReport = {
  caseId: "a",
  caseCode: "SH-A",
  channel: "resident_app",
  at: new Date("2026-11-23T02:00:00Z"),
  ownerId: "user-resident",
  reporter: { name: "王女士", phone: "13912345678" },
  description: "垃圾堆在路口",
  address: "南京东路 100 号",
};
const merged: RidingReport = {
  caseId: "b",
  caseCode: "SH-B",
  channel: "hotline",
  at: new Date("2026-11-23T02:05:00Z"),
  ownerId: "anonymous:e2",
  reporter: { phone: "13687654321" },
  description: "路口有垃圾",
  address: null,
};
const sensor: RidingReport = { ...merged, caseId: "c", caseCode: "SH-C", channel: "sensor", ownerId: null, reporter: null, description: "满溢" };
const as = (role: Actor["role"], extra: Partial<Actor> = {}): Actor => ({ role, id: `user-${role}`, ...extra });
const phones = (viewer: Actor) => reportsSeenBy(viewer, [own, merged, sensor], "W0001").map((r) => r.reporter?.phone ?? null);

describe("the reports riding on a case, as each viewer sees them", () => {
  it("lists every report with its channel, time, reporter and words for the desk, numbers in full", () => {
    expect(reportsSeenBy(as("dispatcher"), [own, merged], "W0001")).toEqual([
      { caseId: "a", caseCode: "SH-A", channel: "resident_app", at: "2026-11-23T02:00:00.000Z", reporter: { name: "王女士", phone: "13912345678" }, description: "垃圾堆在路口", address: "南京东路 100 号" },
      { caseId: "b", caseCode: "SH-B", channel: "hotline", at: "2026-11-23T02:05:00.000Z", reporter: { name: null, phone: "13687654321" }, description: "路口有垃圾", address: null },
    ]);
    expect(phones(as("operator"))).toEqual(["13912345678", "13687654321", null]);
  });

  it("shows the worker assigned to the case every number, and masks them for another worker, leaders and department staff", () => {
    expect(phones(as("grid_worker", { workerId: "W0001" }))).toEqual(["13912345678", "13687654321", null]);
    for (const viewer of [as("grid_worker", { workerId: "W0002" }), as("leader"), as("department_staff", { department: "greening_sanitation" })]) {
      expect(phones(viewer), viewer.role).toEqual(["139****5678", "136****4321", null]);
    }
  });

  it("shows a resident only their own report, never a neighbour's", () => {
    expect(reportsSeenBy(as("resident"), [own, merged, sensor], "W0001").map((r) => r.caseCode)).toEqual(["SH-A"]);
    expect(reportsSeenBy({ role: "resident", id: "someone-else" }, [own, merged, sensor], "W0001")).toEqual([]);
  });
});
