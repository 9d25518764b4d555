import type { Kysely } from "kysely";
import type { CaseSummary } from "@/lib/contracts/case-summary";
import type { Stage } from "@/lib/contracts/stage";
import { findCaseFacts, type CaseFactsRow } from "@/lib/db/repositories/case-actions.repository";
import type { Database } from "@/lib/db/schema";
import type { Actor } from "@/lib/domain/cases/case-rules";
import type { CaseActionInput } from "./apply-case-action";

export type CaseActionOutcome =
  | { ok: true; case: CaseSummary }
  | { ok: false; status: 403 | 404 | 409 | 422; code: string; message: string; current?: { version: number; stage: Stage } };

/** An action the rules already allowed, handed to the step that carries it out. */
export interface AllowedAction {
  caseId: string;
  /** As read when the rules allowed the move. */
  facts: CaseFactsRow;
  input: CaseActionInput;
  actor: Actor;
}

/** Someone else changed the case since the version the actor saw: 409 with what it is now. */
export function versionConflict(expectedVersion: number, current: { version: number; stage: Stage }): CaseActionOutcome {
  return {
    ok: false,
    status: 409,
    code: "version_conflict",
    message: `the case changed since version ${expectedVersion}: reload it and try again`,
    current,
  };
}

/** The 409 after a versioned update found the case changed, with the case as it is now. */
export async function conflictAfterUpdate(db: Kysely<Database>, action: AllowedAction): Promise<CaseActionOutcome> {
  const now = await findCaseFacts(db, action.caseId);
  return versionConflict(action.input.expectedVersion, {
    version: now?.version ?? action.input.expectedVersion,
    stage: (now?.stage ?? action.facts.stage) as Stage,
  });
}

export function unprocessable(code: string, message: string): CaseActionOutcome {
  return { ok: false, status: 422, code, message };
}
