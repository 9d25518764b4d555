/** A burst of readings and forecasts within this many SLA seconds asks for one recomputation. */
const DEBOUNCE_SLA_SECONDS = 30;
/** However fast the SLA clock runs, a map every five seconds is as fast as a screen can be read. */
const MIN_BUCKET_MS = 5_000;

/**
 * The time bucket a recomputation asked for at `nowMs` falls in, and how long until it ends: every ask in the
 * same bucket gets the same job id, and the job runs at the bucket's end, so it sees the whole burst. The bucket
 * is 30 SLA seconds, so a time-lapsed demo recomputes as often in SLA time as a real night does, down to 5 s.
 */
export function riskRecomputeBucket(nowMs: number, slaMinuteMs: number): { bucket: number; delayMs: number } {
  const bucketMs = Math.max(MIN_BUCKET_MS, Math.round((DEBOUNCE_SLA_SECONDS * slaMinuteMs) / 60));
  const bucket = Math.floor(nowMs / bucketMs);
  return { bucket, delayMs: (bucket + 1) * bucketMs - nowMs };
}
