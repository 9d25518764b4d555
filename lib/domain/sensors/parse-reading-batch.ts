import type { z } from "zod";
import { MAX_READINGS_PER_BATCH, readingColumnsSchema, readingRowsSchema } from "@/lib/contracts/sensor-readings";

/** A batch of readings as parallel arrays, whichever form it arrived in. */
export interface ReadingColumns {
  sensorIds: string[];
  measuredAt: string[];
  values: number[];
}

export type ParsedReadingBatch =
  | { ok: true; columns: ReadingColumns }
  | { ok: false; problem: "too_many"; count: number }
  | { ok: false; problem: "invalid"; error: z.ZodError };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** How many readings a body claims to hold, looked at before validating them one by one. */
function declaredCount(body: unknown): number {
  if (!isRecord(body)) return 0;
  const list = "readings" in body ? body.readings : body.sensorIds;
  return Array.isArray(list) ? list.length : 0;
}

/** Checks a body in the row form `{ readings: [...] }` or the columnar form `{ sensorIds, measuredAt, values }`. */
export function parseReadingBatch(body: unknown): ParsedReadingBatch {
  const count = declaredCount(body);
  if (count > MAX_READINGS_PER_BATCH) return { ok: false, problem: "too_many", count };
  if (isRecord(body) && !("readings" in body) && "sensorIds" in body) {
    const columns = readingColumnsSchema.safeParse(body);
    return columns.success ? { ok: true, columns: columns.data } : { ok: false, problem: "invalid", error: columns.error };
  }
  const rows = readingRowsSchema.safeParse(body);
  if (!rows.success) return { ok: false, problem: "invalid", error: rows.error };
  const { readings } = rows.data;
  return {
    ok: true,
    columns: {
      sensorIds: readings.map((r) => r.sensorId),
      measuredAt: readings.map((r) => r.measuredAt),
      values: readings.map((r) => r.value),
    },
  };
}
