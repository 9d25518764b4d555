import { jobIdFor } from "../ids";

/**
 * The job id of events taken in together: the event's own when alone, so a report retried while
 * its job is still known adds nothing, otherwise one derived from all of their keys. Retries that
 * land in different jobs are made single by the database, which stores each key once.
 */
export function intakeJobId(events: readonly { idempotencyKey: string }[]): string {
  const [only] = events;
  if (only !== undefined && events.length === 1) return jobIdFor("event", only.idempotencyKey);
  return jobIdFor("events", events.map((e) => e.idempotencyKey).sort().join(" "));
}
