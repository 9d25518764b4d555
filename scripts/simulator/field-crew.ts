import type { CaseSummary, WorkerPosition } from "@/lib/contracts";
import { dueSteps, nextVisit, reconcileTasks, type FieldTask, type Observation } from "@/scripts/simulator/model/field-tasks";
import { handlingMs, signForDelayMs, travelMetersPerMs } from "@/scripts/simulator/model/people-pace";
import { resolveResult } from "@/scripts/simulator/model/resident-verdict";
import { defaultWalkOptions, hasArrived, stepWalk, walkerPositions, type Walker } from "@/scripts/simulator/model/worker-walk";
import { actOnCase, type ActionResult } from "./act-on-case";
import { RETRY_AFTER_MS, type PeopleContext } from "./people-context";

export interface FieldCrew {
  /** Takes in what the desk sees: new tasks to sign for, tasks gone elsewhere. */
  observe(seen: Observation): void;
  /** Signs for and resolves what is due, and sends workers who are free to their next task. */
  act(): void;
  /** One position tick: everyone moves, and whoever reaches their task reports arriving. */
  move(): WorkerPosition[];
  counts(): { tasks: number; travelling: number; handling: number };
}

const FALLBACK_SLA = { signForMinutes: 30, arriveMinutes: 60, resolveMinutes: 240 };

/**
 * The grid workers: each signs for their tasks on the phone, rides to them one by one (most urgent, then
 * nearest), reports arriving, handles the problem and reports it resolved, all through their own session.
 * Workers without a simulated account (the demo's own) only patrol.
 */
export function createFieldCrew(ctx: PeopleContext, walkers: readonly Walker[], usernames: ReadonlyMap<string, string>, tickMs: number): FieldCrew {
  let crew = [...walkers];
  let tasks = new Map<string, FieldTask>();
  const busy = new Set<string>();
  const slaOf = (category: string) => ctx.categories.get(category)?.sla ?? FALLBACK_SLA;
  const metersPerTick = () => travelMetersPerMs(ctx.pace, ctx.random) * tickMs;
  const walkOptions = { ...defaultWalkOptions, homewardStepMeters: Math.max(defaultWalkOptions.homewardStepMeters, metersPerTick()) };

  const planner = {
    isSimulated: (workerId: string) => usernames.has(workerId),
    signAt: (summary: CaseSummary) => ctx.now() + signForDelayMs(slaOf(summary.category), ctx.pace, ctx.random),
    resolveDueAt: (summary: CaseSummary) => Date.parse(summary.createdAt) + slaOf(summary.category).resolveMinutes * ctx.pace.minuteMs,
  };

  const update = (caseId: string, change: (task: FieldTask) => FieldTask | null) => {
    const task = tasks.get(caseId);
    if (!task) return;
    const next = change(task);
    if (next) tasks.set(caseId, { ...next, touchedAt: ctx.now() });
    else tasks.delete(caseId);
  };

  /** Makes one move of a task unless one is already on its way; `settle` turns the answer into the task's next step. */
  const step = (task: FieldTask, action: "sign_for" | "arrive" | "resolve", settle: (task: FieldTask, result: ActionResult) => FieldTask | null) => {
    const username = usernames.get(task.workerId);
    if (!username || busy.has(task.caseId)) return;
    busy.add(task.caseId);
    const move = { action, expectedVersion: task.version, ...(action === "resolve" && { result: resolveResult(ctx.random) }) };
    void ctx
      .track(actOnCase(ctx.sessions, ctx.log, username, task.caseId, move))
      .then((result) => update(task.caseId, (t) => settle(t, result)))
      .finally(() => busy.delete(task.caseId));
  };

  const retryLater = (result: ActionResult, task: FieldTask, then: FieldTask["step"]) => (!result.ok && result.retry ? { ...task, step: then } : null);

  const act = () => {
    const now = ctx.now();
    const due = dueSteps(tasks.values(), now);
    for (const task of due.sign) {
      step(task, "sign_for", (t, result) =>
        result.ok ? { ...t, version: result.case.version, step: { kind: "visit" } } : retryLater(result, t, { kind: "sign", at: ctx.now() + RETRY_AFTER_MS }),
      );
    }
    for (const task of due.resolve) {
      step(task, "resolve", (t, result) => retryLater(result, t, { kind: "handle", until: ctx.now() + RETRY_AFTER_MS }));
    }
    const byWorker = new Map<string, FieldTask[]>();
    for (const task of tasks.values()) byWorker.set(task.workerId, [...(byWorker.get(task.workerId) ?? []), task]);
    crew = crew.map((walker) => {
      const next = nextVisit(byWorker.get(walker.id) ?? [], walker.position);
      if (!next) return walker;
      tasks.set(next.caseId, { ...next, step: { kind: "travel" }, touchedAt: now });
      return { ...walker, trip: { to: next.location, metersPerTick: metersPerTick() } };
    });
  };

  const move = (): WorkerPosition[] => {
    // A worker keeps their trip until the task is done, so that they stay on site while handling it.
    const outOnTask = new Map([...tasks.values()].filter((t) => t.step.kind === "travel" || t.step.kind === "handle").map((t) => [t.workerId, t]));
    // Done, or recalled or reassigned on the way: the worker heads back to their grid.
    crew = crew.map((w) => (w.trip && !outOnTask.has(w.id) ? { ...w, trip: undefined } : w));
    crew = stepWalk(crew, ctx.random, walkOptions);
    for (const walker of crew) {
      const task = outOnTask.get(walker.id);
      if (task?.step.kind !== "travel" || !hasArrived(walker)) continue;
      step(task, "arrive", (t, result) => {
        if (!result.ok) return result.retry ? t : null;
        const until = ctx.now() + handlingMs(t.priority, t.resolveDueAt - ctx.now(), ctx.pace, ctx.random);
        return { ...t, version: result.case.version, step: { kind: "handle", until } };
      });
    }
    return walkerPositions(crew);
  };

  return {
    observe: (seen) => {
      tasks = reconcileTasks(tasks, seen, planner);
    },
    act,
    move,
    counts: () => {
      const all = [...tasks.values()];
      return { tasks: all.length, travelling: all.filter((t) => t.step.kind === "travel").length, handling: all.filter((t) => t.step.kind === "handle").length };
    },
  };
}
