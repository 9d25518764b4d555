import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatBestTrackCsv, parseBestTrackCsv } from "@/lib/domain/typhoon/best-track-csv";
import { parseBestTracks } from "@/lib/domain/typhoon/best-track";

const HEADER = "storm,time_utc,grade,lat,lon,pressure_hpa,max_wind_kt";
const carried = readFileSync(new URL("../../../datasets/typhoon/best-tracks.csv", import.meta.url), "utf8");

describe("best-track CSV", () => {
  it("reads the carried tracks of Lekima and In-Fa, converting knots to m/s and 0 kt to 'not given'", () => {
    const storms = parseBestTracks(carried);
    expect(storms.map((storm) => [storm.name, storm.points.length])).toEqual([
      ["LEKIMA 1909", 56],
      ["IN-FA 2106", 81],
    ]);
    const [lekima] = storms;
    expect(lekima!.points[0]).toEqual({ timeMs: Date.UTC(2019, 7, 2, 6), lat: 14.5, lon: 134.3, pressureHpa: 1002, maxWindMs: null, grade: 2 });
    const peak = lekima!.points.find((point) => point.pressureHpa === 925)!;
    expect(peak.maxWindMs).toBeCloseTo(105 * 0.514444, 3);
  });

  it("writes back what it reads, byte for byte", () => {
    expect(formatBestTrackCsv(parseBestTrackCsv(carried))).toBe(carried);
  });

  it("accepts CRLF line ends and a missing final newline", () => {
    const rows = parseBestTrackCsv(`${HEADER}\r\nX 0101,2001-01-01T00:00Z,3,10.0,130.0,990,045`);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.maxWindKt).toBe(45);
  });

  it.each([
    ["a wrong header", "storm,time,grade,lat,lon,pressure_hpa,max_wind_kt\n", /header/],
    ["a missing field", `${HEADER}\nX,2001-01-01T00:00Z,3,10.0,130.0,990\n`, /line 2: 6 fields/],
    ["a time without zone", `${HEADER}\nX,2001-01-01T00:00,3,10.0,130.0,990,045\n`, /line 2: time_utc/],
    ["an impossible date", `${HEADER}\nX,2001-02-30T00:00Z,3,10.0,130.0,990,045\n`, /line 2: time_utc/],
    ["a latitude out of range", `${HEADER}\nX,2001-01-01T00:00Z,3,91.0,130.0,990,045\n`, /line 2: lat/],
    ["an empty pressure", `${HEADER}\nX,2001-01-01T00:00Z,3,10.0,130.0,,045\n`, /line 2: pressure_hpa/],
    ["a fractional wind", `${HEADER}\nX,2001-01-01T00:00Z,3,10.0,130.0,990,45.5\n`, /line 2: max_wind_kt/],
  ])("rejects %s", (_, text, message) => {
    expect(() => parseBestTracks(text)).toThrow(message);
  });

  it("rejects fixes out of time order and a storm whose rows are split", () => {
    const fix = (storm: string, hour: number) => `${storm},2001-01-01T${String(hour).padStart(2, "0")}:00Z,3,10.0,130.0,990,045`;
    expect(() => parseBestTracks([HEADER, fix("A", 6), fix("A", 6)].join("\n"))).toThrow(/not after/);
    expect(() => parseBestTracks([HEADER, fix("A", 0), fix("B", 0), fix("A", 6)].join("\n"))).toThrow(/not together/);
  });
});
