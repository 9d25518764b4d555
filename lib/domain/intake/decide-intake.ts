import type { CaseSummary } from "@/lib/contracts/case-summary";
import type { DispatchReason } from "../dispatch/choose-worker";
import { isAutoDispatchable } from "../dispatch/is-auto-dispatchable";
import type { WorkerIndex } from "../dispatch/worker-index";
import type { HistoryEntry, OpenedCase } from "./open-case";

/** The worker a case just opened is meant for, as the worker index ranks them. */
export interface DispatchChoice {
  workerId: string;
  travelMeters: number;
  sameGrid: boolean;
  /** Why this worker, stored with the assignment for the dispatcher to see. */
  reason: DispatchReason & { chosen: string };
}

export interface IntakeDispatchRules {
  /** A category's skills and whether auto-dispatch takes it; undefined for a code the catalogue lacks. */
  categoryOf(code: string): { skills: readonly string[]; autoDispatch: boolean } | undefined;
  nowMs: number;
  /** How many of the best are kept in the reason. */
  keepRanked: number;
}

/** A case as intake stores it: opened, and dispatched at once when its worker's slot was claimed. */
export interface IntakeCase extends OpenedCase {
  assigneeId: string | null;
  dispatchedAt: Date | null;
  /**
   * 1 as opened, 2 when also dispatched: the version it would have had with each step stored apart,
   * so a version means the same steps whichever way a case took them.
   */
  version: number;
}

export const AUTO_DISPATCH_ACTOR = "system:auto-dispatch";

/**
 * For each case of an intake batch that auto-dispatch takes, in the order given, the best eligible
 * worker the index knows, passing over `refused` (workers the database turned down for this batch).
 * Each choice is reserved in the index so later cases count it; the caller gives the reservations
 * back (`releaseChoices`) once the database has decided. Choices come back by case id.
 */
export function chooseWorkers(
  cases: readonly OpenedCase[],
  index: WorkerIndex,
  rules: IntakeDispatchRules,
  refused: ReadonlySet<string> = new Set(),
): Map<string, DispatchChoice> {
  const choices = new Map<string, DispatchChoice>();
  for (const opened of cases) {
    const category = rules.categoryOf(opened.category);
    if (!isAutoDispatchable(opened, category)) continue;
    const reason = index.nearestEligible({
      lat: opened.lat,
      lng: opened.lng,
      gridCell: opened.gridCell,
      skills: category?.skills ?? [],
      k: rules.keepRanked,
      nowMs: rules.nowMs,
      exclude: refused,
    });
    const best = reason.ranked[0];
    if (!best) continue;
    index.reserve(best.id, 1);
    choices.set(opened.id, { workerId: best.id, travelMeters: best.travelMeters, sameGrid: best.sameGrid, reason: { ...reason, chosen: best.id } });
  }
  return choices;
}

/** Gives back the slots `chooseWorkers` reserved in the index. */
export function releaseChoices(index: WorkerIndex, choices: Iterable<DispatchChoice>): void {
  for (const choice of choices) index.reserve(choice.workerId, -1);
}

/** How many slots each worker is asked for, workers in id order (so concurrent claims lock rows in one order). */
export function slotsAsked(choices: Iterable<DispatchChoice>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const choice of choices) counts.set(choice.workerId, (counts.get(choice.workerId) ?? 0) + 1);
  return new Map([...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * The case as it is stored: dispatched to the worker whose slot was claimed, with the dispatch in
 * its history after the report and the acceptance; or, with no worker, accepted and waiting as opened.
 */
export function settleIntakeCase(
  opened: { case: OpenedCase; history: readonly HistoryEntry[] },
  choice: DispatchChoice | null,
): { case: IntakeCase; history: HistoryEntry[] } {
  const { case: c, history } = opened;
  if (!choice) return { case: { ...c, assigneeId: null, dispatchedAt: null, version: 1 }, history: [...history] };
  const at = c.createdAt;
  return {
    case: { ...c, stage: "dispatched", assigneeId: choice.workerId, dispatchedAt: at, version: 2 },
    history: [
      ...history,
      {
        at,
        actor: AUTO_DISPATCH_ACTOR,
        action: "dispatch",
        fromStage: c.stage,
        toStage: "dispatched",
        detail: { workerId: choice.workerId, travelMeters: choice.travelMeters, sameGrid: choice.sameGrid },
      },
    ],
  };
}

/** What screens are told of a case intake stored. */
export function summaryOfIntakeCase(c: IntakeCase, assigneeName: string | null): CaseSummary {
  return {
    id: c.id,
    code: c.code,
    category: c.category,
    channel: c.channel,
    priority: c.priority,
    stage: c.stage,
    description: c.description,
    lat: c.lat,
    lng: c.lng,
    gridCell: c.gridCell,
    district: c.district,
    locationApproximate: c.locationApproximate,
    department: c.department,
    assigneeId: c.assigneeId,
    assigneeName: c.assigneeId ? assigneeName : null,
    createdAt: c.createdAt.toISOString(),
    dispatchedAt: c.dispatchedAt?.toISOString() ?? null,
    overdue: false,
    escalated: false,
    satisfied: null,
    version: c.version,
  };
}
