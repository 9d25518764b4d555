import type { CaseSummary } from "@/lib/contracts/case-summary";
import { casesCarryingReports } from "@/lib/db/repositories/tracking.repository";
import { hasPersonToTell } from "@/lib/domain/notifications/reporter-channels";
import { noticeOf, type NoticeSource } from "@/lib/domain/notifications/resident-notice";
import type { PipelineContext } from "./pipeline-context";

/** Steps stored for one case, as history entries. */
export interface ReporterSteps {
  changed: Pick<CaseSummary, "id" | "version" | "channel">;
  entries: readonly NoticeSource[];
}

/**
 * Called where steps of cases are stored and published: asks for one notification per entry that
 * someone should hear about: the case's reporter, and the reporters of the reports merged into it.
 * A case from a machine channel has a person to tell only through such merged reports, looked up
 * for all such cases at once. The job id (case, version, step) keeps a repeated ask single.
 */
export async function notifyReporters(ctx: Pick<PipelineContext, "db" | "enqueueNotification">, steps: readonly ReporterSteps[]): Promise<void> {
  const fromMachines = steps.filter((step) => !hasPersonToTell(step.changed.channel)).map((step) => step.changed.id);
  const carrying = fromMachines.length > 0 ? await casesCarryingReports(ctx.db, fromMachines) : new Set<string>();
  await askFor(ctx, steps.filter((step) => hasPersonToTell(step.changed.channel) || carrying.has(step.changed.id)));
}

/** `notifyReporters` for cases just opened, which no other report can have been merged into yet: intake's hot path asks no query. */
export async function notifyReportersOfNewCases(ctx: Pick<PipelineContext, "enqueueNotification">, steps: readonly ReporterSteps[]): Promise<void> {
  await askFor(ctx, steps.filter((step) => hasPersonToTell(step.changed.channel)));
}

async function askFor(ctx: Pick<PipelineContext, "enqueueNotification">, steps: readonly ReporterSteps[]): Promise<void> {
  await Promise.all(
    steps.flatMap(({ changed, entries }) =>
      entries.flatMap((entry) => {
        const notice = noticeOf(entry);
        return notice ? [ctx.enqueueNotification({ caseId: changed.id, caseVersion: changed.version, notice })] : [];
      }),
    ),
  );
}
