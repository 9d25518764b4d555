import { jobIdFor } from "../ids";

interface ClockCheck {
  caseId: string;
  clock: string;
  startedAt: string;
}

/**
 * The job id of clock checks due together: a check's own when alone (one per case, clock and start,
 * however often it is asked for), otherwise one derived from all of theirs, so the same set asked
 * twice is one job.
 */
export function slaJobId(checks: readonly ClockCheck[]): string {
  const ids = checks.map((c) => `${c.caseId}#${c.clock}#${c.startedAt}`);
  const [only] = ids;
  if (only !== undefined && ids.length === 1) return jobIdFor("sla", only);
  return jobIdFor("sla-set", ids.sort().join(" "));
}
