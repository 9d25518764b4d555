import { describe, expect, it } from "vitest";
import { caseIdForEvent, eventIdForKey, jobIdFor, jobIdForSet } from "@/lib/domain/ids";
import { retryDelayMs } from "@/lib/pipeline/dispatch-case";

describe("derived ids", () => {
  it("maps one idempotency key to one event id, and distinct keys apart", () => {
    expect(eventIdForKey("key-00000001")).toBe(eventIdForKey("key-00000001"));
    expect(eventIdForKey("key-00000001")).not.toBe(eventIdForKey("key-00000002"));
    expect(eventIdForKey("key-00000001")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(caseIdForEvent(eventIdForKey("k"))).not.toBe(eventIdForKey("k"));
  });

  it("makes BullMQ-safe job ids", () => {
    expect(jobIdFor("event", "a:b:c")).toMatch(/^event-[0-9a-f]{32}$/);
  });

  it("gives a lone item its own job id, and a set one id whatever its order", () => {
    expect(jobIdForSet("event", ["k1"])).toBe(jobIdFor("event", "k1"));
    expect(jobIdForSet("event", ["k1", "k2"])).toBe(jobIdForSet("event", ["k2", "k1"]));
    expect(jobIdForSet("event", ["k1", "k2"])).toMatch(/^event-set-[0-9a-f]{32}$/);
    expect(jobIdForSet("event", ["k1", "k2"])).not.toBe(jobIdForSet("event", ["k1", "k3"]));
  });
});

describe("dispatch retry delay", () => {
  it("grows and is capped at five minutes", () => {
    expect(retryDelayMs(0)).toBe(15_000);
    expect(retryDelayMs(1)).toBe(30_000);
    expect(retryDelayMs(10)).toBe(300_000);
  });
});
