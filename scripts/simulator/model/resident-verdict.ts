import type { Rating } from "@/lib/contracts";
import type { Random } from "./seeded-random";

/** What a resident does once their case is reported handled: rate it after a while, or never look again. */
export type ResidentVerdict = { rates: true; rating: Rating; afterMinutes: number } | { rates: false };

/** Most residents open their link and rate; of those, most are satisfied and a few send the case back (不满意). */
const SHARE_WHO_RATE = 0.85;
const RATING_MIX: readonly (readonly [Rating, number])[] = [
  ["satisfied", 0.78],
  ["basically_satisfied", 0.16],
  ["unsatisfied", 0.06],
];
const MEDIAN_MINUTES_TO_RATE = 8;

export function residentVerdict(random: Random): ResidentVerdict {
  if (random.float() >= SHARE_WHO_RATE) return { rates: false };
  const [rating] = random.weighted(RATING_MIX, ([, share]) => share);
  return { rates: true, rating, afterMinutes: 1 + MEDIAN_MINUTES_TO_RATE * Math.exp(0.7 * random.gaussian()) };
}

/** A short 办结 result, as a grid worker types it on the phone. */
const RESULTS = ["已现场处置完毕", "已清理，现场恢复正常", "已劝离并宣传教育", "已联系相关单位修复", "已处置，将持续关注", "已整改到位"] as const;

export function resolveResult(random: Random): string {
  return random.pick(RESULTS);
}
