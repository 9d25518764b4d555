import type { Kysely } from "kysely";
import { z } from "zod";
import type { CaseReport } from "@/lib/contracts/case-detail";
import { channelSchema } from "@/lib/contracts/event-report";
import { listRidingReports } from "@/lib/db/repositories/case-reports.repository";
import type { Database } from "@/lib/db/schema";
import type { Actor } from "@/lib/domain/cases/case-rules";
import { reportsSeenBy, type RidingReport } from "@/lib/domain/cases/reports-seen-by";

// Only what the list shows is read from a stored event; whatever else it holds stays out.
const storedReportSchema = z.object({
  description: z.string().catch(""),
  address: z.string().optional().catch(undefined),
  reporter: z.object({ name: z.string().optional(), phone: z.string().optional() }).optional().catch(undefined),
});

/** Every report riding on a case (its own and its merged duplicates'), as `viewer` may see them. */
export async function loadCaseReports(db: Kysely<Database>, caseId: string, viewer: Actor, assigneeWorkerId: string | null): Promise<CaseReport[]> {
  const rows = await listRidingReports(db, caseId);
  const reports = rows.flatMap((row): RidingReport[] => {
    const channel = channelSchema.safeParse(row.channel);
    const payload = storedReportSchema.safeParse(row.payload ?? {});
    if (!channel.success || !payload.success) return [];
    return [
      {
        caseId: row.case_id,
        caseCode: row.code,
        channel: channel.data,
        at: new Date(row.received_at),
        ownerId: row.reporter_id,
        reporter: payload.data.reporter ?? null,
        description: payload.data.description,
        address: payload.data.address ?? null,
      },
    ];
  });
  return reportsSeenBy(viewer, reports, assigneeWorkerId);
}
