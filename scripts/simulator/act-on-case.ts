import { z } from "zod";
import { caseSummarySchema, type CaseAction, type CaseSummary } from "@/lib/contracts";
import type { OutcomeLog } from "./outcome-log";
import { conflictVersion, readJson } from "./read-json";
import type { Sessions } from "./sessions";

/** `retry`: the server could not answer, try again later; otherwise the move is no longer this person's to make. */
export type ActionResult = { ok: true; case: CaseSummary } | { ok: false; retry: boolean };

const answerSchema = z.object({ case: caseSummarySchema });
const ENDPOINT = "/api/cases/:id/actions";

/**
 * One move of the closed loop as `username`, on the version they saw. When the case changed meanwhile
 * (an SLA flag, a summons) the move is tried once more on the current version; the rules still decide.
 */
export async function actOnCase(
  sessions: Sessions,
  log: OutcomeLog,
  username: string,
  caseId: string,
  move: { action: CaseAction; expectedVersion: number; result?: string },
): Promise<ActionResult> {
  const path = `/api/cases/${caseId}/actions`;
  let outcome = await sessions.post(username, path, move);
  log.record(`${ENDPOINT} ${move.action}`, outcome);
  const current = conflictVersion(outcome);
  if (current !== null) {
    outcome = await sessions.post(username, path, { ...move, expectedVersion: current });
    log.record(`${ENDPOINT} ${move.action}`, outcome);
  }
  const answer = readJson(outcome, answerSchema);
  if (answer) return { ok: true, case: answer.case };
  return { ok: false, retry: outcome.kind === "unreachable" || outcome.status >= 500 || outcome.status === 429 };
}
