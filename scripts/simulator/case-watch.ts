import { caseListSchema, type CaseSummary, type Stage } from "@/lib/contracts";
import { readJson } from "./read-json";
import type { Sessions } from "./sessions";

/** The stages someone in the simulation still has to act on: workers, residents, the desk. */
export const watchedStages: readonly Stage[] = ["dispatched", "in_progress", "resolved", "rated"];

const PAGE_SIZE = 200;
/** A backlog beyond this is a server in trouble; the people act on the newest cases first. */
const MAX_PAGES = 25;

/**
 * The desk's queue, as the dispatcher console loads it: every case in the watched stages, page by page.
 * Null when the server could not be asked, so that nobody mistakes a failed look for an empty city.
 */
export async function lookAtCases(sessions: Sessions, username: string): Promise<CaseSummary[] | null> {
  const cases: CaseSummary[] = [];
  let before: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const query = new URLSearchParams({ stage: watchedStages.join(","), limit: String(PAGE_SIZE), ...(before && { before }) });
    const outcome = await sessions.get(username, `/api/cases?${query}`);
    const list = readJson(outcome, caseListSchema);
    if (!list) return null;
    cases.push(...list.cases);
    before = list.nextBefore;
    if (!before) return cases;
  }
  return cases;
}
