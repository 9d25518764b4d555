import { jobIdForSet } from "../ids";

/** The job id of clock checks due together (see `jobIdForSet`): alone, one per case, clock and start. */
export function slaJobId(checks: readonly { caseId: string; clock: string; startedAt: string }[]): string {
  return jobIdForSet(
    "sla",
    checks.map((c) => `${c.caseId}#${c.clock}#${c.startedAt}`),
  );
}
