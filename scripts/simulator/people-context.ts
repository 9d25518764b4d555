import type { Category } from "@/lib/contracts";
import type { Pace } from "@/scripts/simulator/model/people-pace";
import type { Random } from "@/scripts/simulator/model/seeded-random";
import type { OutcomeLog } from "./outcome-log";
import type { Sessions } from "./sessions";

/** What every simulated person shares: the server through their own sessions, the pace of the day, chance. */
export interface PeopleContext {
  sessions: Sessions;
  log: OutcomeLog;
  pace: Pace;
  random: Random;
  categories: ReadonlyMap<string, Category>;
  now(): number;
  /** Requests on their way, so that a stop can wait for them. */
  track<T>(request: Promise<T>): Promise<T>;
}

/** How long after a failed request (server down or busy) a person tries again. */
export const RETRY_AFTER_MS = 5_000;
