import type { CaseAction, Rating } from "@/lib/contracts/case-action";
import type { GeoLocation } from "@/lib/contracts/geo";
import type { Role } from "@/lib/contracts/roles";
import type { Stage } from "@/lib/contracts/stage";

export type ActorRole = Role | "system";

export interface Actor {
  role: ActorRole;
  id: string;
  /** Department of department staff. */
  department?: string;
  /** Worker id of a grid worker. */
  workerId?: string;
}

export interface CaseFacts {
  stage: Stage;
  assigneeId: string | null;
  department: string;
  reporterId: string | null;
}

export interface ActionRequest {
  action: CaseAction;
  reason?: string;
  rating?: Rating;
  location?: GeoLocation;
}

interface Rule {
  from: readonly Stage[];
  /** Where the case goes; `null` keeps its stage (a milestone such as arrival). */
  to: Stage | null;
  roles: readonly ActorRole[];
  needsReason?: boolean;
}

const desk: readonly ActorRole[] = ["dispatcher", "operator", "admin"];

/** Every move of the closed loop, who may make it and from where. */
const rules: Readonly<Record<CaseAction, Rule>> = {
  accept: { from: ["reported"], to: "accepted", roles: [...desk, "system"] },
  reject: { from: ["reported", "accepted"], to: "rejected", roles: desk, needsReason: true },
  dispatch: { from: ["accepted", "reopened"], to: "dispatched", roles: ["dispatcher", "admin", "system"] },
  reassign: { from: ["dispatched", "in_progress"], to: "dispatched", roles: ["dispatcher", "admin", "system"], needsReason: true },
  // 收回: the task goes back to the pool, e.g. when nobody signed for it in time.
  recall: { from: ["dispatched", "in_progress"], to: "accepted", roles: ["dispatcher", "admin", "system"], needsReason: true },
  sign_for: { from: ["dispatched"], to: "in_progress", roles: ["grid_worker", "department_staff"] },
  arrive: { from: ["in_progress"], to: null, roles: ["grid_worker", "department_staff"] },
  resolve: { from: ["in_progress"], to: "resolved", roles: ["grid_worker", "department_staff"] },
  rate: { from: ["resolved"], to: "rated", roles: ["resident", "operator", "system"] },
  close: { from: ["resolved", "rated"], to: "closed", roles: [...desk, "system"] },
  reopen: { from: ["resolved", "rated", "closed"], to: "reopened", roles: [...desk, "system"], needsReason: true },
  merge: { from: ["reported", "accepted", "dispatched"], to: "merged", roles: ["dispatcher", "admin"] },
  cancel: { from: ["reported", "accepted", "dispatched", "in_progress", "reopened"], to: "cancelled", roles: desk, needsReason: true },
  // Placing (or correcting the place of) a case before a worker sets out; the stage stays.
  locate: { from: ["reported", "accepted", "reopened"], to: null, roles: desk },
};

export type Decision =
  | { ok: true; to: Stage; milestone: boolean }
  | { ok: false; code: "forbidden" | "wrong_stage" | "reason_required" | "rating_required" | "location_required"; message: string };

function inScope(actor: Actor, facts: CaseFacts): boolean {
  switch (actor.role) {
    case "grid_worker":
      return actor.workerId !== undefined && actor.workerId === facts.assigneeId;
    case "department_staff":
      return actor.department === facts.department;
    case "resident":
      return facts.reporterId !== null && actor.id === facts.reporterId;
    default:
      return true;
  }
}

/**
 * The one place that says whether a move is allowed: by role, by scope (a worker only on their own
 * task, a department on its own cases, a resident on their own report) and by current stage.
 */
export function decide(request: ActionRequest, facts: CaseFacts, actor: Actor): Decision {
  const rule = rules[request.action];
  if (!rule.roles.includes(actor.role) || !inScope(actor, facts)) {
    return { ok: false, code: "forbidden", message: `a ${actor.role} may not ${request.action} this case` };
  }
  if (!rule.from.includes(facts.stage)) {
    return { ok: false, code: "wrong_stage", message: `cannot ${request.action} a case that is ${facts.stage}` };
  }
  if (rule.needsReason && !request.reason?.trim()) {
    return { ok: false, code: "reason_required", message: `${request.action} needs a reason` };
  }
  if (request.action === "locate" && !request.location) {
    return { ok: false, code: "location_required", message: "locate needs the location" };
  }
  if (request.action === "rate") {
    if (!request.rating) return { ok: false, code: "rating_required", message: "rate needs a rating" };
    // 不满意 sends the case back to be handled again.
    if (request.rating === "unsatisfied") return { ok: true, to: "reopened", milestone: false };
  }
  return rule.to === null ? { ok: true, to: facts.stage, milestone: true } : { ok: true, to: rule.to, milestone: false };
}

/** Who may see a case at all: the desk and leaders everything, everyone else their own scope. */
export function canView(facts: CaseFacts, actor: Actor): boolean {
  return inScope(actor, facts);
}

export function rulesFor(action: CaseAction): Readonly<Rule> {
  return rules[action];
}
