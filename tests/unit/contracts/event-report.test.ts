import { describe, expect, it } from "vitest";
import { eventReportSchema, idempotencyKeySchema } from "@/lib/contracts/event-report";

const valid = {
  channel: "resident_app",
  category: "garbage_pileup",
  description: "小区门口垃圾堆积",
  location: { lat: 31.23, lng: 121.47 },
};

describe("eventReportSchema", () => {
  it("accepts a minimal resident report", () => {
    expect(eventReportSchema.safeParse(valid).success).toBe(true);
  });

  it("names every wrong field", () => {
    const result = eventReportSchema.safeParse({ ...valid, channel: "fax", location: { lat: 91, lng: 121 }, description: 42 });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((i) => i.path.join(".")).sort();
    expect(paths).toEqual(["channel", "description", "location.lat"]);
  });

  it("rejects too many photos and non-URL photos", () => {
    expect(eventReportSchema.safeParse({ ...valid, photos: ["not a url"] }).success).toBe(false);
    expect(eventReportSchema.safeParse({ ...valid, photos: Array(10).fill("https://x.test/a.jpg") }).success).toBe(false);
  });

  it("keeps idempotency keys short and URL-safe", () => {
    expect(idempotencyKeySchema.safeParse("app-2026-11-23:abc").success).toBe(true);
    expect(idempotencyKeySchema.safeParse("short").success).toBe(false);
    expect(idempotencyKeySchema.safeParse("has space in it").success).toBe(false);
  });
});

describe("eventReportSchema keeps only what intake can store and dispatch", () => {
  it("normalises the free text: description, address and reporter's name", () => {
    const parsed = eventReportSchema.parse({
      ...valid,
      description: " 井盖\u0000缺失\r\n\uD800 ",
      address: "南京东路\u0007 100 号",
      reporter: { name: "张\uDC00三\u001B" },
    });
    expect(parsed).toMatchObject({ description: "井盖缺失\n\uFFFD", address: "南京东路 100 号", reporter: { name: "张\uFFFD三" } });
  });

  it("takes a description of nothing but control characters as none", () => {
    expect(eventReportSchema.parse({ ...valid, description: "\u0000\u0001 \u0002" }).description).toBe("");
  });

  it("refuses codes and photo URLs it would have to change, and photos that are not http(s)", () => {
    expect(eventReportSchema.safeParse({ ...valid, category: "garbage\u0000pileup" }).success).toBe(false);
    expect(eventReportSchema.safeParse({ ...valid, photos: ["https://x.test/a\u0000.jpg"] }).success).toBe(false);
    expect(eventReportSchema.safeParse({ ...valid, photos: ["https://x.test/\uD800.jpg"] }).success).toBe(false);
    expect(eventReportSchema.safeParse({ ...valid, photos: ["javascript:alert(1)"] }).success).toBe(false);
  });

  it("refuses a latitude a Redis GEO set cannot hold, and takes its limit", () => {
    expect(eventReportSchema.safeParse({ ...valid, location: { lat: 85.06, lng: 0 } }).success).toBe(false);
    expect(eventReportSchema.safeParse({ ...valid, location: { lat: -85.0511288, lng: 0 } }).success).toBe(false);
    expect(eventReportSchema.safeParse({ ...valid, location: { lat: 85.05112878, lng: 180 } }).success).toBe(true);
  });
});
