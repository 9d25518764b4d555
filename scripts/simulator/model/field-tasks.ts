import { isPlaced, type CaseSummary, type GeoLocation, type Priority } from "@/lib/contracts";
import { metersBetween } from "./local-meters";

/** Where a simulated worker is with one task: signing for it, due to visit, on the way, or handling it on site. */
export type TaskStep = { kind: "sign"; at: number } | { kind: "visit" } | { kind: "travel" } | { kind: "handle"; until: number };

export interface FieldTask {
  caseId: string;
  workerId: string;
  /** The case version the worker last saw: every action is made on it. */
  version: number;
  priority: Priority;
  location: GeoLocation;
  /** When the case is due to be resolved (from its opening), in epoch ms. */
  resolveDueAt: number;
  step: TaskStep;
  /** When the simulator last changed this task itself, in epoch ms; a poll that began before says nothing newer. */
  touchedAt: number;
}

export interface Observation {
  /** Dispatched and in-progress cases as the desk sees them. */
  cases: readonly CaseSummary[];
  /** When the look began: a task the simulator moved after that is newer than what was seen. */
  startedAt: number;
}

export interface TaskPlanner {
  isSimulated(workerId: string): boolean;
  /** When a new task is signed for, in epoch ms. */
  signAt(summary: CaseSummary): number;
  resolveDueAt(summary: CaseSummary): number;
}

/**
 * Brings the crew's tasks in line with what the desk sees: a case newly dispatched to a simulated
 * worker becomes a task to sign for (one found already signed for, after a restart, a task to visit);
 * a task whose case went elsewhere (recalled, reassigned, cancelled, merged) is dropped.
 */
export function reconcileTasks(tasks: ReadonlyMap<string, FieldTask>, seen: Observation, planner: TaskPlanner): Map<string, FieldTask> {
  const next = new Map<string, FieldTask>();
  for (const summary of seen.cases) {
    const workerId = summary.assigneeId;
    if (!workerId || !planner.isSimulated(workerId)) continue;
    if ((summary.stage !== "dispatched" && summary.stage !== "in_progress") || !isPlaced(summary)) continue;
    const known = tasks.get(summary.id);
    if (known && known.workerId === workerId) {
      if (summary.version <= known.version) next.set(summary.id, known);
      // Signed for elsewhere (on the phone by hand, or by a request whose answer was lost): go there.
      else if (summary.stage === "in_progress" && known.step.kind === "sign") next.set(summary.id, { ...known, version: summary.version, step: { kind: "visit" } });
      else next.set(summary.id, { ...known, version: summary.version });
      continue;
    }
    next.set(summary.id, {
      caseId: summary.id,
      workerId,
      version: summary.version,
      priority: summary.priority,
      location: { lat: summary.lat, lng: summary.lng },
      resolveDueAt: planner.resolveDueAt(summary),
      step: summary.stage === "dispatched" ? { kind: "sign", at: planner.signAt(summary) } : { kind: "visit" },
      touchedAt: seen.startedAt,
    });
  }
  for (const [caseId, task] of tasks) {
    if (!next.has(caseId) && task.touchedAt > seen.startedAt) next.set(caseId, task);
  }
  return next;
}

const PRIORITY_RANK: Readonly<Record<Priority, number>> = { urgent: 0, high: 1, normal: 2, low: 3 };

/**
 * The task a worker free to move goes to next: the most urgent among those signed for, the nearest
 * of equally urgent ones; null while they are on the way or on site, or have nothing to visit.
 */
export function nextVisit(tasks: readonly FieldTask[], from: GeoLocation): FieldTask | null {
  if (tasks.some((t) => t.step.kind === "travel" || t.step.kind === "handle")) return null;
  const waiting = tasks.filter((t) => t.step.kind === "visit");
  let best: FieldTask | null = null;
  for (const task of waiting) {
    if (
      !best ||
      PRIORITY_RANK[task.priority] < PRIORITY_RANK[best.priority] ||
      (PRIORITY_RANK[task.priority] === PRIORITY_RANK[best.priority] && metersBetween(from, task.location) < metersBetween(from, best.location))
    ) {
      best = task;
    }
  }
  return best;
}

/** Tasks whose sign-for or resolution is due by `now`. */
export function dueSteps(tasks: Iterable<FieldTask>, now: number): { sign: FieldTask[]; resolve: FieldTask[] } {
  const sign: FieldTask[] = [];
  const resolve: FieldTask[] = [];
  for (const task of tasks) {
    if (task.step.kind === "sign" && task.step.at <= now) sign.push(task);
    if (task.step.kind === "handle" && task.step.until <= now) resolve.push(task);
  }
  return { sign, resolve };
}
