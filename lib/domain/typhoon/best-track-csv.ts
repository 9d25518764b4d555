/**
 * The best-track CSV form tonglan carries (`datasets/typhoon/best-tracks.csv`): one row per fix, in file
 * units — JMA's own: time UTC, grade, degrees, hPa, 10-minute sustained wind in knots (0 = not given,
 * as JMA does below tropical-storm strength). Plain comma-separated fields, no quoting.
 */
import { z } from "zod";

export const BEST_TRACK_COLUMNS = ["storm", "time_utc", "grade", "lat", "lon", "pressure_hpa", "max_wind_kt"] as const;

const decimal = z.string().regex(/^-?\d+(\.\d+)?$/, "not a number").transform(Number);

const bestTrackRowSchema = z.object({
  storm: z.string().trim().min(1),
  time_utc: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}Z$/, "not YYYY-MM-DDTHH:MMZ")
    // Date.parse rolls 30 February over into March: only a time that formats back to itself is real.
    .refine((text) => !Number.isNaN(Date.parse(text)) && utcMinute(Date.parse(text)) === text, "no such time")
    .transform((text) => Date.parse(text)),
  /** JMA grades: 2 TD, 3 TS, 4 STS, 5 TY, 6 extratropical, 7 dissipating/entering, 9 ≥ TS. */
  grade: decimal.pipe(z.number().int().min(1).max(9)),
  lat: decimal.pipe(z.number().min(-90).max(90)),
  /** Degrees east; JMA writes 0–360, others −180–180. */
  lon: decimal.pipe(z.number().min(-180).max(360)),
  pressure_hpa: decimal.pipe(z.number().min(850).max(1050)),
  max_wind_kt: decimal.pipe(z.number().int().min(0).max(250)),
});

export interface BestTrackRow {
  storm: string;
  timeMs: number;
  grade: number;
  lat: number;
  lon: number;
  pressureHpa: number;
  /** 10-minute sustained, knots; 0 when the source gives none. */
  maxWindKt: number;
}

export function parseBestTrackCsv(text: string): BestTrackRow[] {
  const lines = text.split(/\r?\n/);
  if (lines.at(-1) === "") lines.pop();
  const [header, ...body] = lines;
  if (header?.trim() !== BEST_TRACK_COLUMNS.join(",")) {
    throw new Error(`best track: the header must be "${BEST_TRACK_COLUMNS.join(",")}"`);
  }
  return body.map((line, index) => parseRow(line, index + 2));
}

function parseRow(line: string, lineNumber: number): BestTrackRow {
  const fields = line.split(",").map((field) => field.trim());
  if (fields.length !== BEST_TRACK_COLUMNS.length) {
    throw new Error(`best track line ${lineNumber}: ${fields.length} fields, expected ${BEST_TRACK_COLUMNS.length}`);
  }
  const parsed = bestTrackRowSchema.safeParse(Object.fromEntries(BEST_TRACK_COLUMNS.map((column, i) => [column, fields[i]])));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`best track line ${lineNumber}: ${issue?.path.join(".")}: ${issue?.message}`);
  }
  const row = parsed.data;
  return {
    storm: row.storm,
    timeMs: row.time_utc,
    grade: row.grade,
    lat: row.lat,
    lon: row.lon,
    pressureHpa: row.pressure_hpa,
    maxWindKt: row.max_wind_kt,
  };
}

export function formatBestTrackCsv(rows: readonly BestTrackRow[]): string {
  const lines = rows.map((row) =>
    [
      row.storm,
      utcMinute(row.timeMs),
      row.grade,
      row.lat.toFixed(1),
      row.lon.toFixed(1),
      row.pressureHpa,
      String(row.maxWindKt).padStart(3, "0"),
    ].join(","),
  );
  return [BEST_TRACK_COLUMNS.join(","), ...lines].join("\n") + "\n";
}

function utcMinute(timeMs: number): string {
  return `${new Date(timeMs).toISOString().slice(0, 16)}Z`;
}
