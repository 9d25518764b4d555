/** Storms read from best-track rows, in the units the models use (m/s), each checked for order. */
import { parseBestTrackCsv, type BestTrackRow } from "./best-track-csv";
import { knotsToMs } from "./wind-units";

export interface TrackPoint {
  timeMs: number;
  lat: number;
  /** Degrees east as given (JMA: 0–360). */
  lon: number;
  pressureHpa: number;
  /** 10-minute sustained surface wind, m/s; null where the best track gives none (weak stages). */
  maxWindMs: number | null;
  grade: number;
}

export interface Storm {
  name: string;
  points: readonly TrackPoint[];
}

export function parseBestTracks(text: string): Storm[] {
  return stormsFromRows(parseBestTrackCsv(text));
}

export function stormsFromRows(rows: readonly BestTrackRow[]): Storm[] {
  const storms: { name: string; points: TrackPoint[] }[] = [];
  for (const row of rows) {
    let storm = storms.at(-1);
    if (storm?.name !== row.storm) {
      if (storms.some((seen) => seen.name === row.storm)) throw new Error(`best track: the rows of ${row.storm} are not together`);
      storm = { name: row.storm, points: [] };
      storms.push(storm);
    }
    const previous = storm.points.at(-1);
    if (previous && row.timeMs <= previous.timeMs) {
      throw new Error(`best track: ${row.storm} at ${new Date(row.timeMs).toISOString()} is not after the fix before it`);
    }
    storm.points.push({
      timeMs: row.timeMs,
      lat: row.lat,
      lon: row.lon,
      pressureHpa: row.pressureHpa,
      maxWindMs: row.maxWindKt > 0 ? knotsToMs(row.maxWindKt) : null,
      grade: row.grade,
    });
  }
  return storms;
}
