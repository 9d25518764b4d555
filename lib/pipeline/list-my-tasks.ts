import type { GeoLocation } from "@/lib/contracts/geo";
import { workerTaskStages, type MyTask, type MyTasksResponse } from "@/lib/contracts/my-tasks";
import { openStages } from "@/lib/contracts/stage";
import { listTaskRows, type TaskScope } from "@/lib/db/repositories/my-tasks.repository";
import type { Actor } from "@/lib/domain/cases/case-rules";
import { caseSummarySeenBy } from "@/lib/domain/identity/mask-case-summary";
import { nearestFirst } from "@/lib/domain/tasks/nearest-first";
import { hasArrived, nextDeadline } from "@/lib/domain/tasks/task-deadline";
import type { PipelineContext } from "./pipeline-context";

// Far more than anyone handles at once; a department's backlog beyond it is the desk's to see.
const MAX_TASKS = 500;

export type MyTasksDeps = Pick<PipelineContext, "db" | "reference" | "positions" | "clock" | "slaMinuteMs">;

function scopeOf(actor: Actor): TaskScope | null {
  if (actor.role === "grid_worker" && actor.workerId) return { workerId: actor.workerId, stages: workerTaskStages };
  if (actor.role === "department_staff" && actor.department) return { department: actor.department, stages: openStages };
  return null;
}

/**
 * A grid worker's open tasks (or a department's open cases), nearest first from where the phone is,
 * else from the worker's last known position; each with the next step's deadline and whether it is overdue.
 */
export async function listMyTasks(deps: MyTasksDeps, actor: Actor, device: GeoLocation | null): Promise<MyTasksResponse | null> {
  const scope = scopeOf(actor);
  if (!scope) return null;
  const lastKnown = !device && "workerId" in scope ? (await deps.positions.positionsOf([scope.workerId])).get(scope.workerId) : undefined;
  const origin = device ? { ...device, source: "device" as const } : lastKnown ? { ...lastKnown, source: "last_known" as const } : null;

  const now = deps.clock();
  const rows = await listTaskRows(deps.db, scope, MAX_TASKS);
  const placed = rows.map(({ summary, times }) => {
    const category = deps.reference.category(summary.category);
    const deadline = category ? nextDeadline(times, category.sla, deps.slaMinuteMs) : null;
    return { lat: summary.lat, lng: summary.lng, dueAt: deadline?.dueAt.getTime() ?? null, summary, times, deadline };
  });
  const tasks = nearestFirst(placed, origin).map(
    ({ summary, times, deadline, distanceM }): MyTask => ({
      case: caseSummarySeenBy(actor, summary),
      distanceM,
      deadline: deadline && { step: deadline.step, dueAt: deadline.dueAt.toISOString() },
      overdue: summary.overdue || (deadline !== null && deadline.dueAt <= now),
      arrivedAt: hasArrived(times) && times.arrivedAt ? times.arrivedAt.toISOString() : null,
    }),
  );
  return { scope: "workerId" in scope ? "worker" : "department", origin, tasks };
}
