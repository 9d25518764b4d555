import { isPlaced, openStages, workerTaskStages, type CaseSummary, type MyTask, type MyTasksResponse } from "@/lib/contracts";
import { metersBetween } from "../_shared/distance";

/** Whose tasks the list shows: a grid worker's own, or a department's. */
export type TaskOwner = { workerId: string } | { department: string };

export interface MyTasksState {
  status: "loading" | "ready" | "failed";
  response: MyTasksResponse | null;
  /** A reload is on its way. */
  fetching: boolean;
  /** A change the list cannot complete by itself (a new task, a new step and so its deadline), or one that a reload under way may predate: reload soon. */
  stale: boolean;
}

export type MyTasksAction =
  | { type: "load-started" }
  | { type: "loaded"; response: MyTasksResponse }
  | { type: "failed" }
  | { type: "case-changed"; summary: CaseSummary; owner: TaskOwner };

export const initialMyTasks: MyTasksState = { status: "loading", response: null, fetching: false, stale: false };

function belongs(summary: CaseSummary, owner: TaskOwner): boolean {
  return "workerId" in owner
    ? summary.assigneeId === owner.workerId && workerTaskStages.includes(summary.stage)
    : summary.department === owner.department && openStages.includes(summary.stage);
}

const dueOf = (task: MyTask) => (task.deadline ? Date.parse(task.deadline.dueAt) : Number.POSITIVE_INFINITY);
const nearestFirst = (a: MyTask, b: MyTask) => (a.distanceM ?? 0) - (b.distanceM ?? 0) || dueOf(a) - dueOf(b);

/**
 * A case update from the socket, applied as a versioned upsert: an older or repeated version changes
 * nothing; a case that is no longer the owner's leaves the list; a new one joins it where it is near.
 */
function applyCase(state: MyTasksState, summary: CaseSummary, owner: TaskOwner): MyTasksState {
  const response = state.response;
  // The reload under way may have read the case before this change.
  const stale = state.stale || state.fetching;
  if (!response) return { ...state, stale };
  const existing = response.tasks.find((task) => task.case.id === summary.id);
  if (existing && existing.case.version >= summary.version) return state;
  const others = response.tasks.filter((task) => task.case.id !== summary.id);
  if (!belongs(summary, owner)) return existing ? { ...state, stale, response: { ...response, tasks: others } } : { ...state, stale };

  const task: MyTask = existing
    ? { ...existing, case: summary, overdue: existing.overdue || summary.overdue }
    : {
        case: summary,
        distanceM: response.origin && isPlaced(summary) ? Math.round(metersBetween(response.origin, summary)) : null,
        deadline: null,
        overdue: summary.overdue,
        arrivedAt: null,
      };
  const incomplete = !existing || existing.case.stage !== summary.stage;
  return { ...state, stale: stale || incomplete, response: { ...response, tasks: [...others, task].sort(nearestFirst) } };
}

export function reduceMyTasks(state: MyTasksState, action: MyTasksAction): MyTasksState {
  switch (action.type) {
    case "load-started":
      return { ...state, fetching: true, stale: false };
    case "loaded":
      return { ...state, status: "ready", response: action.response, fetching: false };
    case "failed":
      // Keep showing what was loaded before; only an empty list becomes an error.
      return { ...state, fetching: false, status: state.response ? state.status : "failed" };
    case "case-changed":
      return applyCase(state, action.summary, action.owner);
  }
}
