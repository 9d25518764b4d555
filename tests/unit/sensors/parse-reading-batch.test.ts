import { describe, expect, it } from "vitest";
import { MAX_READINGS_PER_BATCH } from "@/lib/contracts/sensor-readings";
import { parseReadingBatch } from "@/lib/domain/sensors/parse-reading-batch";

const reading = (i: number) => ({ sensorId: `WL-${i}`, measuredAt: `2026-07-25T10:00:0${i}+08:00`, value: i + 0.5 });

function problems(body: unknown): string[] {
  const parsed = parseReadingBatch(body);
  if (parsed.ok || parsed.problem !== "invalid") throw new Error(`expected invalid, got ${JSON.stringify(parsed)}`);
  return parsed.error.issues.map((i) => i.path.join("."));
}

describe("parseReadingBatch", () => {
  it("turns the row form into columns, in order", () => {
    expect(parseReadingBatch({ readings: [reading(1), reading(2)] })).toEqual({
      ok: true,
      columns: {
        sensorIds: ["WL-1", "WL-2"],
        measuredAt: ["2026-07-25T10:00:01+08:00", "2026-07-25T10:00:02+08:00"],
        values: [1.5, 2.5],
      },
    });
  });

  it("takes the columnar form as it is", () => {
    const columns = { sensorIds: ["RG-1"], measuredAt: ["2026-07-25T02:00:00Z"], values: [61] };
    expect(parseReadingBatch(columns)).toEqual({ ok: true, columns });
  });

  it("names the index and field of a bad reading", () => {
    const readings = [reading(1), { ...reading(2), measuredAt: "yesterday" }, { ...reading(3), value: "7" }, { value: 1 }];
    expect(problems({ readings })).toEqual([
      "readings.1.measuredAt",
      "readings.2.value",
      "readings.3.sensorId",
      "readings.3.measuredAt",
    ]);
    expect(problems({ readings: [{ ...reading(1), sensorId: "WL 1/2" }] })).toEqual(["readings.0.sensorId"]);
  });

  it("names the column whose length differs and the bad item of a column", () => {
    expect(problems({ sensorIds: ["A", "B"], measuredAt: ["2026-07-25T02:00:00Z"], values: [1, 2] })).toEqual(["measuredAt"]);
    expect(problems({ sensorIds: ["A"], measuredAt: ["2026-07-25T02:00:00Z"], values: [null] })).toEqual(["values.0"]);
  });

  it("refuses an empty batch and a body of neither form", () => {
    expect(problems({ readings: [] })).toEqual(["readings"]);
    expect(problems([reading(1)])).toEqual([""]);
  });

  it("says too many before checking each reading", () => {
    const readings = Array.from({ length: MAX_READINGS_PER_BATCH + 1 }, () => ({}));
    expect(parseReadingBatch({ readings })).toEqual({ ok: false, problem: "too_many", count: MAX_READINGS_PER_BATCH + 1 });
    expect(parseReadingBatch({ sensorIds: readings })).toMatchObject({ ok: false, problem: "too_many" });
  });
});
