import { describe, expect, it } from "vitest";
import { formatCaseCode } from "@/lib/domain/cases/case-code";
import { openCase } from "@/lib/domain/intake/open-case";
import { startOfShanghaiDay } from "@/lib/domain/time/shanghai-day";

describe("openCase", () => {
  const now = new Date("2026-11-23T02:00:00Z");
  const opened = openCase({
    caseId: "c1",
    code: "SH20261123-000001",
    eventId: "e1",
    channel: "hotline",
    description: "井盖缺失",
    located: { location: { lat: 31.2, lng: 121.4 }, place: { gridCell: "89309959d73ffff", district: 310101 }, by: "report" },
    category: { code: "manhole_cover_missing", nameZh: "井盖缺失", department: "water", priority: "urgent" },
    now,
  });

  it("opens an accepted case with the category's department and priority", () => {
    expect(opened.case).toMatchObject({ stage: "accepted", department: "water", priority: "urgent", district: 310101 });
  });

  it("keeps a case nobody could place without position or grid, and a case without description under its category's name", () => {
    const unplaced = openCase({
      caseId: "c2",
      code: "SH20261123-000002",
      eventId: "e2",
      channel: "open311",
      description: "",
      located: null,
      category: { code: "other", nameZh: "其他", department: "command_center", priority: "normal" },
      now,
    });
    expect(unplaced.case).toMatchObject({ lat: null, lng: null, gridCell: null, district: null, description: "其他", stage: "accepted" });
    expect(unplaced.history[0]!.detail).toEqual({ eventId: "e2", placedBy: null });
  });

  it("records reported then accepted, with actors", () => {
    expect(opened.history.map((h) => [h.actor, h.fromStage, h.toStage])).toEqual([
      ["channel:hotline", null, "reported"],
      ["system", "reported", "accepted"],
    ]);
  });
});

describe("Shanghai day and case codes", () => {
  it("starts the day at midnight UTC+8", () => {
    expect(startOfShanghaiDay(new Date("2026-11-23T15:59:59Z")).toISOString()).toBe("2026-11-22T16:00:00.000Z");
    expect(startOfShanghaiDay(new Date("2026-11-23T16:00:00Z")).toISOString()).toBe("2026-11-23T16:00:00.000Z");
  });

  it("numbers cases by the Shanghai date", () => {
    expect(formatCaseCode(new Date("2026-11-23T17:00:00Z"), 42)).toBe("SH20261124-000042");
  });
});
