import { parseBestTracks, type Storm } from "@/lib/domain/typhoon/best-track";

/**
 * The storms the replay knows, by the name given on the command line. `rainEnhancement` scales
 * R-CLIPER to the totals reported (docs/typhoon-models.md): In-Fa crawled and stalled over
 * Zhejiang and Shanghai and dropped two to three times what the climatology gives; Lekima passed
 * west of Shanghai faster, but its rain over Shanghai (100–250 mm on 10 August 2019) was about three times what the climatology gives.
 */
export const replayStorms = {
  infa: { track: "IN-FA 2106", rainEnhancement: 2.5 },
  lekima: { track: "LEKIMA 1909", rainEnhancement: 3 },
} as const;

export type ReplayStormKey = keyof typeof replayStorms;
export const replayStormKeys = Object.keys(replayStorms) as ReplayStormKey[];

export interface ReplayStorm {
  key: ReplayStormKey;
  storm: Storm;
  /** As the forecast feed names it: the JMA number and the name. */
  id: string;
  name: string;
  rainEnhancement: number;
}

/** The storm out of the best-track CSV (datasets/typhoon/best-tracks.csv). */
export function replayStormFrom(bestTracksCsv: string, key: ReplayStormKey): ReplayStorm {
  const { track, rainEnhancement } = replayStorms[key];
  const storm = parseBestTracks(bestTracksCsv).find((s) => s.name === track);
  if (!storm) throw new Error(`the best tracks have no ${track}`);
  const [name = track, id = track] = track.split(" ");
  return { key, storm, id, name, rainEnhancement };
}
