import { deadlineOf, type SlaClock } from "@/lib/domain/sla/sla-clocks";
import type { PipelineContext } from "./pipeline-context";

export interface ClockStart {
  caseId: string;
  category: string;
  clock: SlaClock;
  startedAt: Date;
  assigneeId: string | null;
}

/** Starts one stage's SLA clock: a delayed check at the deadline the catalogue gives the category. */
export async function startSlaClock(ctx: PipelineContext, start: ClockStart): Promise<void> {
  const category = ctx.reference.category(start.category);
  if (!category) return;
  const dueAt = deadlineOf(start.clock, category.sla, start.startedAt, ctx.slaMinuteMs);
  await ctx.enqueueSlaCheck(
    { caseId: start.caseId, clock: start.clock, startedAt: start.startedAt.toISOString(), assigneeId: start.assigneeId },
    dueAt,
  );
}
