import type { CaseReport } from "@/lib/contracts/case-detail";
import type { Channel } from "@/lib/contracts/event-report";
import type { Actor } from "@/lib/domain/cases/case-rules";
import { visiblePhone } from "@/lib/domain/identity/phone-visibility";
import { visibleText } from "@/lib/domain/identity/visible-text";

/** A report riding on a case, as stored: whose it is decides who sees its number. */
export interface RidingReport {
  caseId: string;
  caseCode: string;
  channel: Channel;
  at: Date;
  /** The reporter of the case this report opened (a user id, or `anonymous:<eventId>`). */
  ownerId: string | null;
  reporter: { name?: string | undefined; phone?: string | undefined } | null;
  description: string;
  address: string | null;
}

/**
 * The reports on a case as one viewer may see them. Phones, and numbers typed into the description,
 * follow the usual need-to-know (the desk, the worker now assigned to the case that carries them all,
 * the number's owner); a resident sees only their own reports, never the neighbours' who reported
 * the same problem.
 */
export function reportsSeenBy(viewer: Actor, reports: readonly RidingReport[], assigneeWorkerId: string | null): CaseReport[] {
  const visible = viewer.role === "resident" ? reports.filter((r) => r.ownerId !== null && r.ownerId === viewer.id) : reports;
  return visible.map((report) => {
    const context = { ownerId: report.ownerId, assigneeWorkerId };
    return {
      caseId: report.caseId,
      caseCode: report.caseCode,
      channel: report.channel,
      at: report.at.toISOString(),
      reporter: report.reporter && {
        name: report.reporter.name ?? null,
        phone: report.reporter.phone ? visiblePhone(report.reporter.phone, viewer, context) : null,
      },
      description: visibleText(report.description, viewer, context),
      address: report.address === null ? null : visibleText(report.address, viewer, context),
    };
  });
}
