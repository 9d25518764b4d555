import { z } from "zod";
import { summonViewSchema, type CaseSummary, type SummonView } from "@/lib/contracts";
import { createAgenda } from "@/scripts/simulator/model/agenda";
import { chooseSummons, closeAfterMinutes, departmentScore, type SummonsPlan } from "@/scripts/simulator/model/desk-decisions";
import { reportInDelayMs } from "@/scripts/simulator/model/people-pace";
import { actOnCase } from "./act-on-case";
import { RETRY_AFTER_MS, type PeopleContext } from "./people-context";
import { readJson } from "./read-json";
import type { Residents } from "./residents";

export interface DeskAccounts {
  dispatcher: string;
  /** Department code → the staff account that reports in for it. */
  departments: ReadonlyMap<string, string>;
}

export interface Desk {
  observe(cases: readonly CaseSummary[]): void;
  act(): void;
  counts(): { chores: number; summonsBlown: number };
}

type Chore =
  | { kind: "close"; caseId: string; version: number; summoned: boolean }
  | { kind: "report-in"; summonsId: string; department: string };

const summonsListSchema = z.object({ summons: z.array(summonViewSchema) });
const summonsCreatedSchema = z.object({ summons: summonViewSchema });

/**
 * The dispatcher and the departments' staff: the dispatcher closes handled cases (结案) once rated, or
 * after a while when nobody rates them, now and then blows a whistle for an escalated case (吹哨) and
 * rates the summoned departments at the close; each summoned department reports in (报到), mostly in time.
 */
export function createDesk(ctx: PeopleContext, accounts: DeskAccounts, residents: Residents): Desk {
  const agenda = createAgenda<Chore>();
  /** Cases known to have summons (the catalogue's automatic ones are looked up once per case). */
  const summoned = new Set<string>();
  const lookedUp = new Set<string>();
  /** Closed by this desk: a look that began before the close may still show them handled. */
  const closed = new Set<string>();
  let lastWhistleAt = ctx.now();
  let summonsBlown = 0;

  const expectReportIns = (views: readonly SummonView[]) => {
    for (const view of views) {
      for (const { department, status } of view.departments) {
        if (status !== "pending" || !accounts.departments.has(department)) continue;
        const at = ctx.now() + reportInDelayMs(Date.parse(view.ackDueAt) - ctx.now(), ctx.pace, ctx.random);
        agenda.plan(`report-in:${view.id}:${department}`, at, { kind: "report-in", summonsId: view.id, department });
      }
    }
  };

  const lookUpSummons = async (summary: CaseSummary, departments: readonly string[]) => {
    const username = departments.map((d) => accounts.departments.get(d)).find(Boolean);
    if (!username) return;
    const list = readJson(await ctx.sessions.get(username, `/api/cases/${summary.id}/summons`), summonsListSchema);
    if (!list) return void lookedUp.delete(summary.id);
    if (list.summons.length > 0) summoned.add(summary.id);
    expectReportIns(list.summons);
  };

  const blowWhistle = async (plan: SummonsPlan) => {
    const { caseId, ...request } = plan;
    const outcome = await ctx.sessions.post(accounts.dispatcher, `/api/cases/${caseId}/summons`, request);
    ctx.log.record(`/api/cases/:id/summons ${request.whistle}`, outcome);
    const created = readJson(outcome, summonsCreatedSchema);
    if (!created) return;
    summonsBlown++;
    summoned.add(caseId);
    expectReportIns([created.summons]);
  };

  const rateDepartments = async (caseId: string) => {
    const list = readJson(await ctx.sessions.get(accounts.dispatcher, `/api/cases/${caseId}/summons`), summonsListSchema);
    for (const view of list?.summons ?? []) {
      for (const { department, status, score } of view.departments) {
        if (score !== null) continue;
        const outcome = await ctx.sessions.post(accounts.dispatcher, `/api/summons/${view.id}/ratings`, { department, score: departmentScore(status, ctx.random) });
        ctx.log.record("/api/summons/:id/ratings", outcome);
      }
    }
  };

  const close = async (chore: Extract<Chore, { kind: "close" }>) => {
    const result = await actOnCase(ctx.sessions, ctx.log, accounts.dispatcher, chore.caseId, { action: "close", expectedVersion: chore.version });
    if (!result.ok) {
      if (result.retry) agenda.plan(`close:${chore.caseId}:retry`, ctx.now() + RETRY_AFTER_MS, chore);
      return;
    }
    closed.add(chore.caseId);
    residents.forget(chore.caseId);
    if (chore.summoned) await rateDepartments(chore.caseId);
  };

  const reportIn = async (chore: Extract<Chore, { kind: "report-in" }>) => {
    const username = accounts.departments.get(chore.department);
    if (!username) return;
    const outcome = await ctx.sessions.post(username, `/api/summons/${chore.summonsId}/acknowledge`, {});
    ctx.log.record("/api/summons/:id/acknowledge", outcome);
    if (outcome.kind === "unreachable" || outcome.status >= 500) agenda.plan(`report-in:${chore.summonsId}:${chore.department}`, ctx.now() + RETRY_AFTER_MS, chore);
  };

  return {
    observe(cases) {
      const now = ctx.now();
      for (const summary of cases) {
        if (closed.has(summary.id)) continue;
        const rated = summary.stage === "rated";
        // Once rated, the long wait for a rating that might still come is over.
        if (rated) agenda.cancel(`close:${summary.id}:resolved`);
        if (rated || (summary.stage === "resolved" && !residents.awaitsRating(summary.id))) {
          const at = now + closeAfterMinutes(rated, ctx.random) * ctx.pace.minuteMs;
          const chore: Chore = { kind: "close", caseId: summary.id, version: summary.version, summoned: summoned.has(summary.id) };
          agenda.plan(`close:${summary.id}:${summary.stage}`, at, chore);
        }
        const automatic = ctx.categories.get(summary.category)?.summonDepartments ?? [];
        if (automatic.length > 0 && !lookedUp.has(summary.id)) {
          lookedUp.add(summary.id);
          void ctx.track(lookUpSummons(summary, automatic));
        }
      }
      const plan = chooseSummons({ cases, summoned, minutesSinceLast: (now - lastWhistleAt) / ctx.pace.minuteMs }, ctx.random);
      if (plan) {
        lastWhistleAt = now;
        void ctx.track(blowWhistle(plan));
      }
      // Only what is still in sight is worth remembering: the rest was closed or left the desk's hands.
      const inSight = new Set(cases.map((c) => c.id));
      for (const id of lookedUp) if (!inSight.has(id)) lookedUp.delete(id);
      for (const id of summoned) if (!inSight.has(id)) summoned.delete(id);
      for (const id of closed) if (!inSight.has(id)) closed.delete(id);
    },
    act() {
      for (const chore of agenda.takeDue(ctx.now())) void ctx.track(chore.kind === "close" ? close(chore) : reportIn(chore));
    },
    counts: () => ({ chores: agenda.size, summonsBlown }),
  };
}
