import { describe, expect, it } from "vitest";
import { caseActionRequestSchema } from "@/lib/contracts/case-detail";
import { readingRowsSchema } from "@/lib/contracts/sensor-readings";
import { isStorableText, toStorableText } from "@/lib/contracts/storable-text";
import { summonRatingSchema, summonRequestSchema } from "@/lib/contracts/summons";
import { workerPositionSchema } from "@/lib/contracts/worker-summary";
import { createSeededRandom } from "@/scripts/simulator/model/seeded-random";
import { arbitraryText } from "../../support/arbitrary-reports";

// What PostgreSQL's text and jsonb refuse: NUL, and UTF-16 that is not well formed.
const unstorable = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe("toStorableText", () => {
  it("drops control characters but tab and newline, makes line breaks \\n and replaces lone surrogates", () => {
    expect(toStorableText("a\u0000b\u0007c\u001B\u007F\u0085d")).toBe("abcd");
    expect(toStorableText("one\r\ntwo\rthree\n\tfour")).toBe("one\ntwo\nthree\n\tfour");
    expect(toStorableText("x\uD800y\uDC00z\uDBFF")).toBe("x\uFFFDy\uFFFDz\uFFFD");
    expect(toStorableText("井盖 😀 e\u0301")).toBe("井盖 😀 e\u0301");
  });

  it("leaves nothing PostgreSQL refuses, and changes nothing the second time (property)", () => {
    const random = createSeededRandom("storable-text");
    for (let i = 0; i < 2_000; i++) {
      const stored = toStorableText(arbitraryText(random, 200));
      expect(stored).not.toMatch(unstorable);
      expect(toStorableText(stored)).toBe(stored);
      expect(isStorableText(stored)).toBe(true);
      expect(() => new TextDecoder("utf-8", { fatal: true }).decode(new TextEncoder().encode(stored))).not.toThrow();
    }
  });
});

describe("every other entry point that writes text or positions", () => {
  it("normalises a case action's reason and result, and refuses an unstorable worker id", () => {
    const parsed = caseActionRequestSchema.parse({ action: "resolve", expectedVersion: 3, result: "已清运\u0000\uD800", reason: "\u0007原因" });
    expect(parsed).toMatchObject({ result: "已清运\uFFFD", reason: "原因" });
    expect(caseActionRequestSchema.safeParse({ action: "reject", expectedVersion: 1, reason: "\u0000\u0001" }).success).toBe(false);
    expect(caseActionRequestSchema.safeParse({ action: "dispatch", expectedVersion: 1, workerId: "W0001\u0000" }).success).toBe(false);
    // A version PostgreSQL cannot compare with its integer column is refused, not a 500.
    expect(caseActionRequestSchema.safeParse({ action: "close", expectedVersion: 99_999_999_999 }).success).toBe(false);
  });

  it("normalises a summons' reason and refuses unstorable department codes", () => {
    expect(summonRequestSchema.parse({ whistle: "hard", departments: ["water"], reason: "a\u0000b" }).reason).toBe("ab");
    expect(summonRequestSchema.safeParse({ whistle: "hard", departments: ["wa\u0000ter"], reason: "x" }).success).toBe(false);
    expect(summonRatingSchema.safeParse({ department: "\uD800", score: 3 }).success).toBe(false);
  });

  it("refuses worker positions Redis GEO cannot hold and unstorable worker ids", () => {
    expect(workerPositionSchema.safeParse(["W0001", 85.05112878, 121]).success).toBe(true);
    expect(workerPositionSchema.safeParse(["W0001", 85.06, 121]).success).toBe(false);
    expect(workerPositionSchema.safeParse(["W\u00001", 31, 121]).success).toBe(false);
  });

  it("refuses sensor readings measured before year 1, which PostgreSQL cannot store", () => {
    const reading = (measuredAt: string) => ({ readings: [{ sensorId: "RG-001", measuredAt, value: 1 }] });
    expect(readingRowsSchema.safeParse(reading("0000-06-01T00:00:00Z")).success).toBe(false);
    expect(readingRowsSchema.safeParse(reading("0001-01-01T00:00:00Z")).success).toBe(true);
  });
});
