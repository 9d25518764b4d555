import { jobIdForSet } from "../ids";

/** The job id of events taken in together (see `jobIdForSet`); a retry in another job is made single by the database. */
export function intakeJobId(events: readonly { idempotencyKey: string }[]): string {
  return jobIdForSet("event", events.map((e) => e.idempotencyKey));
}
