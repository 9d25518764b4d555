import type { WorkerSummary } from "@/lib/contracts/worker-summary";
import { changeWorkerDuty, findWorkersByIds, toWorkerSummary } from "@/lib/db/repositories/workers.repository";
import type { PipelineContext } from "./pipeline-context";

/**
 * A worker starts or ends their shift. Off duty, they leave the live positions, so dispatch no longer
 * finds them; back on duty, they stand where the database last saw them until their phone's next
 * fix. Screens, and this process's worker index, hear of it at once; other processes' indexes at
 * their next reconciliation, and PostgreSQL's guard (on duty) refuses them cases meanwhile.
 * Null when there is no such worker.
 */
export async function setWorkerDuty(
  ctx: Pick<PipelineContext, "db" | "positions" | "publisher">,
  workerId: string,
  onDuty: boolean,
): Promise<WorkerSummary | null> {
  const changed = await changeWorkerDuty(ctx.db, workerId, onDuty);
  if (!changed) {
    const [row] = await findWorkersByIds(ctx.db, [workerId]);
    return row ? toWorkerSummary(row) : null;
  }
  if (onDuty) await ctx.positions.update([[changed.id, changed.lat, changed.lng]]);
  else await ctx.positions.remove([changed.id]);
  const summary = toWorkerSummary(changed);
  await ctx.publisher.publish([{ kind: "worker", worker: summary }]);
  return summary;
}
