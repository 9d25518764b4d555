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
    const result = eventReportSchema.safeParse({ ...valid, channel: "fax", location: { lat: 91, lng: 121 }, description: "  " });
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
