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
    location: { lat: 31.2, lng: 121.4 },
    category: { code: "manhole_cover_missing", department: "water", priority: "urgent" },
    place: { gridCell: "89309959d73ffff", district: 310101 },
    now,
  });

  it("opens an accepted case with the category's department and priority", () => {
    expect(opened.case).toMatchObject({ stage: "accepted", department: "water", priority: "urgent", district: 310101 });
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
