// China has kept UTC+8 all year since 1991: no daylight saving to account for.
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Midnight in Shanghai at the start of the day containing `at`. */
export function startOfShanghaiDay(at: Date): Date {
  const local = at.getTime() + SHANGHAI_OFFSET_MS;
  return new Date(local - (local % DAY_MS) - SHANGHAI_OFFSET_MS);
}

/** YYYYMMDD of `at` in Shanghai, used in human case codes. */
export function shanghaiDateStamp(at: Date): string {
  return new Date(at.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10).replaceAll("-", "");
}
