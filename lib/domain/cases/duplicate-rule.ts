import { openStages, type Stage } from "@/lib/contracts/stage";
import { haversineMeters } from "@/lib/domain/dispatch/travel-distance";
import { rulesFor } from "./case-rules";

/** How close in space and time two reports must be to count as one problem. */
export interface DuplicateWindow {
  meters: number;
  ms: number;
}

export const defaultDuplicateWindow: DuplicateWindow = { meters: 200, ms: 2 * 3_600_000 };

export interface DuplicateFacts {
  id: string;
  category: string;
  stage: Stage;
  lat: number;
  lng: number;
  createdAt: Date;
}

export interface DuplicateMatch {
  id: string;
  meters: number;
  msApart: number;
  /** The pair as it should be merged, or null when neither may be merged into the other. */
  merge: { sourceId: string; targetId: string } | null;
}

const METERS_PER_DEGREE_LAT = 111_320;

/** A latitude/longitude box and a time span holding every possible duplicate, for an indexed pre-filter. */
export function duplicateSearchArea(subject: DuplicateFacts, window: DuplicateWindow) {
  const dLat = window.meters / METERS_PER_DEGREE_LAT;
  const dLng = window.meters / (METERS_PER_DEGREE_LAT * Math.cos((subject.lat * Math.PI) / 180));
  return {
    minLat: subject.lat - dLat,
    maxLat: subject.lat + dLat,
    minLng: subject.lng - dLng,
    maxLng: subject.lng + dLng,
    from: new Date(subject.createdAt.getTime() - window.ms),
    to: new Date(subject.createdAt.getTime() + window.ms),
  };
}

/**
 * The earlier report is kept and the later one merged into it, since the earlier is usually further
 * along; reversed when the later one can no longer be merged (a worker has signed for it).
 */
export function mergeDirection(a: DuplicateFacts, b: DuplicateFacts): { sourceId: string; targetId: string } | null {
  const [older, newer] = a.createdAt.getTime() <= b.createdAt.getTime() ? [a, b] : [b, a];
  const mergeable = rulesFor("merge").from;
  if (mergeable.includes(newer.stage) && openStages.includes(older.stage)) return { sourceId: newer.id, targetId: older.id };
  if (mergeable.includes(older.stage) && openStages.includes(newer.stage)) return { sourceId: older.id, targetId: newer.id };
  return null;
}

/**
 * Open cases of the same category, from any channel, within the window of `subject`; nearest first.
 * Only open cases have duplicates: a case closed in any way is neither a subject nor a match.
 */
export function findDuplicates(
  subject: DuplicateFacts,
  others: readonly DuplicateFacts[],
  window: DuplicateWindow = defaultDuplicateWindow,
): DuplicateMatch[] {
  if (!openStages.includes(subject.stage)) return [];
  const matches: DuplicateMatch[] = [];
  for (const other of others) {
    if (other.id === subject.id || other.category !== subject.category || !openStages.includes(other.stage)) continue;
    const msApart = Math.abs(other.createdAt.getTime() - subject.createdAt.getTime());
    if (msApart > window.ms) continue;
    const meters = haversineMeters(subject, other);
    if (meters > window.meters) continue;
    matches.push({ id: other.id, meters, msApart, merge: mergeDirection(subject, other) });
  }
  return matches.sort((a, b) => a.meters - b.meters || a.msApart - b.msApart);
}
