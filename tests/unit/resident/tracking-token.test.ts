import { describe, expect, it } from "vitest";
import { trackingTokenSchema } from "@/lib/contracts/tracking";
import { isSignedInReporter, reporterIdFor } from "@/lib/domain/tracking/reporter-id";
import { hashTrackingToken, newTrackingSecret, trackingPath, trackingToken, trackingUrl } from "@/lib/domain/tracking/tracking-token";

const secret = "s".repeat(43);

describe("tracking tokens", () => {
  it("are the same for a retry of one report, so its link does not change", () => {
    expect(trackingToken(secret, "report-0001", "user-resident")).toBe(trackingToken(secret, "report-0001", "user-resident"));
  });

  it("carry 256 bits, URL-safe, in the form the routes accept", () => {
    const token = trackingToken(secret, "report-0001", "anonymous:e1");
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(trackingTokenSchema.safeParse(token).success).toBe(true);
    expect(trackingPath(token)).toBe(`/track/${token}`);
  });

  it("differ by key, by reporter and by secret: knowing a key is not enough to get someone's link", () => {
    const base = trackingToken(secret, "report-0001", "user-resident");
    expect(trackingToken(secret, "report-0002", "user-resident")).not.toBe(base);
    expect(trackingToken(secret, "report-0001", "user-resident2")).not.toBe(base);
    expect(trackingToken(newTrackingSecret(), "report-0001", "user-resident")).not.toBe(base);
  });

  it("are stored only as a SHA-256", () => {
    const token = trackingToken(secret, "report-0001", "user-resident");
    expect(hashTrackingToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashTrackingToken(token)).not.toContain(token);
  });

  it("become whole links when the public address is known", () => {
    expect(trackingUrl("abc", "https://city.example/")).toBe("https://city.example/track/abc");
    expect(trackingUrl("abc")).toBe("/track/abc");
  });

  it("generated secrets are fresh each time", () => {
    expect(newTrackingSecret()).not.toBe(newTrackingSecret());
    expect(newTrackingSecret().length).toBeGreaterThanOrEqual(43);
  });
});

describe("reporter ids", () => {
  it("are the user when signed in, else derived from the event", () => {
    expect(reporterIdFor("user-resident", "e1")).toBe("user-resident");
    expect(reporterIdFor(null, "e1")).toBe("anonymous:e1");
    expect(isSignedInReporter("user-resident")).toBe(true);
    expect(isSignedInReporter(reporterIdFor(null, "e1"))).toBe(false);
  });
});
