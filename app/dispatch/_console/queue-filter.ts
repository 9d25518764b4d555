import { openStages, type CaseSummary, type Stage } from "@/lib/contracts";

export const stageViews = ["open", "waiting", "dispatched", "in_progress", "all"] as const;
export type StageView = (typeof stageViews)[number];

const stagesOf: Record<StageView, readonly Stage[] | null> = {
  open: openStages,
  waiting: ["reported", "accepted", "reopened"],
  dispatched: ["dispatched"],
  in_progress: ["in_progress"],
  all: null,
};

/** The queue's filters as the console holds them; null means any. */
export interface QueueFilter {
  stageView: StageView;
  overdueOnly: boolean;
  department: string | null;
  district: number | null;
  category: string | null;
}

export const defaultQueueFilter: QueueFilter = { stageView: "open", overdueOnly: false, department: null, district: null, category: null };

/** The same test the server applies in SQL, for cases that arrive live. */
export function matchesFilter(summary: CaseSummary, filter: QueueFilter): boolean {
  const stages = stagesOf[filter.stageView];
  return (
    (stages === null || stages.includes(summary.stage)) &&
    (!filter.overdueOnly || summary.overdue) &&
    (filter.department === null || summary.department === filter.department) &&
    (filter.district === null || summary.district === filter.district) &&
    (filter.category === null || summary.category === filter.category)
  );
}

/** `GET /api/cases` for one page of the queue. */
export function queueUrl(filter: QueueFilter, page: { limit: number; before?: string | null }): string {
  const params = new URLSearchParams();
  const stages = stagesOf[filter.stageView];
  if (stages) params.set("stage", filter.stageView === "open" ? "open" : stages.join(","));
  if (filter.overdueOnly) params.set("overdue", "true");
  if (filter.department !== null) params.set("department", filter.department);
  if (filter.district !== null) params.set("district", String(filter.district));
  if (filter.category !== null) params.set("category", filter.category);
  params.set("limit", String(page.limit));
  if (page.before) params.set("before", page.before);
  return `/api/cases?${params}`;
}
