import type { CaseSummary, EventReport, Rating } from "@/lib/contracts";
import { eventAcceptedSchema, trackingViewSchema } from "@/lib/contracts";
import { caseIdForEvent } from "@/lib/domain/ids";
import { createAgenda } from "@/scripts/simulator/model/agenda";
import { residentVerdict } from "@/scripts/simulator/model/resident-verdict";
import type { HttpClient, HttpOutcome } from "./http-client";
import { RETRY_AFTER_MS, type PeopleContext } from "./people-context";
import { conflictVersion, readJson } from "./read-json";

export interface Residents {
  /** A report was accepted: its reporter keeps the private link it answered with. */
  remember(report: EventReport, answer: HttpOutcome): void;
  observe(cases: readonly CaseSummary[]): void;
  act(): void;
  /** Whether someone still means to rate this case, so that the desk waits for them before closing it. */
  awaitsRating(caseId: string): boolean;
  /** The case is closed: its reporter has nothing more to do. */
  forget(caseId: string): void;
  counts(): { links: number; ratingsPlanned: number };
}

interface PlannedRating {
  caseId: string;
  token: string;
  rating: Rating;
}

/**
 * Residents who reported through a phone or the hotline: when their case is reported handled, most
 * open their tracking link after a while and rate it (满意, 基本满意, a few 不满意, which reopens it),
 * as the /track page does; the others never look again.
 */
export function createResidents(ctx: PeopleContext, http: HttpClient): Residents {
  const links = new Map<string, string>();
  /** The version a resident last made up their mind on, so a stale look does not make them rate twice. */
  const decidedOn = new Map<string, number>();
  const agenda = createAgenda<PlannedRating>();
  const inFlight = new Set<string>();

  const view = async (token: string) => readJson(await http.get(`/api/track/${token}`), trackingViewSchema);

  const rate = async ({ caseId, token, rating }: PlannedRating) => {
    const seen = await view(token);
    if (!seen) return replan({ caseId, token, rating });
    if (!seen.canRate) return;
    let outcome = await http.post(`/api/track/${token}/rating`, { rating, expectedVersion: seen.case.version });
    const current = conflictVersion(outcome);
    if (current !== null) outcome = await http.post(`/api/track/${token}/rating`, { rating, expectedVersion: current });
    ctx.log.record(`/api/track/:token/rating ${rating}`, outcome);
    if (outcome.kind === "unreachable" || outcome.status >= 500) replan({ caseId, token, rating });
  };
  const replan = (planned: PlannedRating) => void agenda.plan(planned.caseId, ctx.now() + RETRY_AFTER_MS, planned);

  return {
    remember(report, answer) {
      const accepted = report.reporter ? readJson(answer, eventAcceptedSchema) : null;
      const token = accepted?.trackingUrl.split("/").at(-1);
      if (accepted && token) links.set(caseIdForEvent(accepted.eventId), token);
    },
    observe(cases) {
      for (const summary of cases) {
        const token = links.get(summary.id);
        if (!token || summary.stage !== "resolved" || summary.version <= (decidedOn.get(summary.id) ?? 0)) continue;
        decidedOn.set(summary.id, summary.version);
        const verdict = residentVerdict(ctx.random);
        if (verdict.rates) agenda.plan(summary.id, ctx.now() + verdict.afterMinutes * ctx.pace.minuteMs, { caseId: summary.id, token, rating: verdict.rating });
      }
    },
    act() {
      for (const planned of agenda.takeDue(ctx.now())) {
        inFlight.add(planned.caseId);
        void ctx.track(rate(planned)).finally(() => inFlight.delete(planned.caseId));
      }
    },
    awaitsRating: (caseId) => agenda.has(caseId) || inFlight.has(caseId),
    forget(caseId) {
      links.delete(caseId);
      decidedOn.delete(caseId);
      agenda.cancel(caseId);
    },
    counts: () => ({ links: links.size, ratingsPlanned: agenda.size }),
  };
}
