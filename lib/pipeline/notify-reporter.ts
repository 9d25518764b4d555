import type { CaseSummary } from "@/lib/contracts/case-summary";
import { hasPersonToTell } from "@/lib/domain/notifications/reporter-channels";
import { noticeOf, type NoticeSource } from "@/lib/domain/notifications/resident-notice";
import type { PipelineContext } from "./pipeline-context";

/**
 * Called where a step of a case is stored and published: asks for one notification per entry the
 * reporter should hear about. The job id (case, version, step) keeps a repeated ask single.
 */
export async function notifyReporter(
  ctx: Pick<PipelineContext, "enqueueNotification">,
  changed: Pick<CaseSummary, "id" | "version" | "channel">,
  entries: readonly NoticeSource[],
): Promise<void> {
  if (!hasPersonToTell(changed.channel)) return;
  for (const entry of entries) {
    const notice = noticeOf(entry);
    if (notice) await ctx.enqueueNotification({ caseId: changed.id, caseVersion: changed.version, notice });
  }
}
