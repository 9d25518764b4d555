import { describe, expect, it } from "vitest";
import { duplicateSearchArea, findDuplicates, mergeDirection, type DuplicateFacts } from "@/lib/domain/cases/duplicate-rule";
import { haversineMeters } from "@/lib/domain/dispatch/travel-distance";

const at = new Date("2026-07-01T08:00:00Z");
const minutes = (n: number) => new Date(at.getTime() + n * 60_000);
// About 100 m north of People's Square per 0.0009° of latitude.
const subject: DuplicateFacts = { id: "a", category: "garbage_pileup", stage: "accepted", lat: 31.2304, lng: 121.4737, createdAt: at };
const other = (id: string, overrides: Partial<DuplicateFacts> = {}): DuplicateFacts => ({ ...subject, id, createdAt: minutes(10), ...overrides });

describe("findDuplicates", () => {
  it("matches the same category within 200 m and 2 h from any channel, nearest first", () => {
    const found = findDuplicates(subject, [other("far-ish", { lat: 31.2304 + 0.0015 }), other("near", { lat: 31.2304 + 0.0005 })]);
    expect(found.map((m) => m.id)).toEqual(["near", "far-ish"]);
    expect(found[0]!.meters).toBeGreaterThan(50);
    expect(found[0]!.meters).toBeLessThan(60);
    expect(found[0]!.msApart).toBe(600_000);
  });

  it("leaves out other categories, cases too far in space or time, closed cases, and the case itself", () => {
    const found = findDuplicates(subject, [
      subject,
      other("other-category", { category: "road_damage" }),
      other("too-far", { lat: 31.2304 + 0.0025 }),
      other("too-early", { createdAt: minutes(-121) }),
      other("too-late", { createdAt: minutes(121) }),
      other("closed", { stage: "closed" }),
      other("merged", { stage: "merged" }),
    ]);
    expect(found).toEqual([]);
  });

  it("finds nothing for a case that is no longer open", () => {
    expect(findDuplicates({ ...subject, stage: "cancelled" }, [other("b")])).toEqual([]);
  });

  it("honours a narrower window", () => {
    const near = other("near", { lat: 31.2304 + 0.0005, createdAt: minutes(30) });
    expect(findDuplicates(subject, [near], { meters: 200, ms: 20 * 60_000 })).toEqual([]);
    expect(findDuplicates(subject, [near], { meters: 40, ms: 2 * 3_600_000 })).toEqual([]);
  });
});

describe("mergeDirection", () => {
  it("keeps the earlier report and merges the later one into it", () => {
    expect(mergeDirection(subject, other("later"))).toEqual({ sourceId: "later", targetId: "a" });
    expect(mergeDirection(other("later"), subject)).toEqual({ sourceId: "later", targetId: "a" });
  });

  it("keeps the later one when the later is already in a worker's hands", () => {
    expect(mergeDirection(subject, other("signed", { stage: "in_progress" }))).toEqual({ sourceId: "a", targetId: "signed" });
  });

  it("offers no merge when neither may be merged", () => {
    expect(mergeDirection({ ...subject, stage: "in_progress" }, other("b", { stage: "in_progress" }))).toBeNull();
  });
});

describe("duplicateSearchArea", () => {
  it("holds every point within the window's distance and time", () => {
    const area = duplicateSearchArea(subject, { meters: 200, ms: 7_200_000 });
    const corner = { lat: area.maxLat, lng: subject.lng };
    expect(haversineMeters(subject, corner)).toBeCloseTo(200, 0);
    expect(haversineMeters(subject, { lat: subject.lat, lng: area.maxLng })).toBeCloseTo(200, 0);
    expect(area.from).toEqual(minutes(-120));
    expect(area.to).toEqual(minutes(120));
  });
});
