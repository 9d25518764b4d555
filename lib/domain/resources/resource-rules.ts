import { movableKinds, type ResourceAction, type ResourceKind, type ResourceState, type ResourceTarget } from "@/lib/contracts/resource";
import type { GeoLocation } from "@/lib/contracts/geo";
import type { Actor, ActorRole } from "@/lib/domain/cases/case-rules";

export interface ResourceFacts {
  kind: ResourceKind;
  state: ResourceState;
  department: string;
  capacity: number | null;
  occupancy: number | null;
  stock: number | null;
}

export interface ResourceRequest {
  action: ResourceAction;
  /** dispatch: where it goes, a case's position already looked up. */
  target?: ResourceTarget;
  /** move: where it waits now. */
  position?: GeoLocation;
  occupancy?: number;
  amount?: number;
  note?: string;
}

/** What an allowed move changes; fields left out stay as they are, `target: null` clears the job. */
export interface ResourcePatch {
  state: ResourceState;
  target?: ResourceTarget | null;
  position?: GeoLocation;
  occupancy?: number;
  stock?: number;
}

/**
 * Who may move a resource. The desk (dispatcher, admin) commands: it sends, recalls and
 * repositions. The field reports: staff of the department that runs the resource (民政 civil_affairs
 * its shelters, 水务 water its pumps, 应急管理局 emergency its depots, teams and vehicles) record
 * arrival, return, occupancy, stock and progress from their phones — the scope department staff
 * already have for cases, so no new role is needed; the desk may record the same for them.
 * Operators and leaders watch.
 */
const command: readonly ActorRole[] = ["dispatcher", "admin"];
const field: readonly ActorRole[] = ["dispatcher", "admin", "department_staff"];

interface Rule {
  kinds: readonly ResourceKind[];
  from: readonly ResourceState[];
  /** Where it goes; `null` keeps its state (a reposition, a note, a stock count), `by_occupancy` is open or full by the count after the move. */
  to: ResourceState | null | "by_occupancy";
  roles: readonly ActorRole[];
}

/** Every move of every kind of resource, who may make it and from where. */
const rules: Readonly<Record<ResourceAction, Rule>> = {
  dispatch: { kinds: movableKinds, from: ["available"], to: "en_route", roles: command },
  arrive: { kinds: movableKinds, from: ["en_route"], to: "on_scene", roles: field },
  release: { kinds: movableKinds, from: ["on_scene"], to: "returning", roles: field },
  back: { kinds: movableKinds, from: ["returning"], to: "available", roles: field },
  recall: { kinds: movableKinds, from: ["en_route", "on_scene"], to: "returning", roles: command },
  // Pre-positioning (预置): only what is idle is moved, to wait nearer where water is expected.
  move: { kinds: movableKinds, from: ["available"], to: null, roles: command },
  report: { kinds: movableKinds, from: ["en_route", "on_scene", "returning"], to: null, roles: field },
  open: { kinds: ["shelter"], from: ["closed"], to: "by_occupancy", roles: field },
  close: { kinds: ["shelter"], from: ["open", "full"], to: "closed", roles: field },
  // A closed shelter takes no one: it stays closed, and its count may only fall as people leave.
  set_occupancy: { kinds: ["shelter"], from: ["open", "full", "closed"], to: "by_occupancy", roles: field },
  take: { kinds: ["sandbags"], from: ["available"], to: null, roles: field },
  restock: { kinds: ["sandbags"], from: ["available"], to: null, roles: field },
};

export type ResourceRefusal =
  | "forbidden"
  | "wrong_kind"
  | "wrong_state"
  | "target_required"
  | "place_required"
  | "occupancy_required"
  | "over_capacity"
  | "shelter_closed"
  | "amount_required"
  | "insufficient_stock"
  | "note_required";

export type ResourceDecision = { ok: true; patch: ResourcePatch } | { ok: false; code: ResourceRefusal; message: string };

type Changes = Omit<ResourcePatch, "state">;
type Checked = { ok: true; changes: Changes } | { ok: false; code: ResourceRefusal; message: string };

const refuse = (code: ResourceRefusal, message: string) => ({ ok: false, code, message }) as const;
const changes = (value: Changes = {}): Checked => ({ ok: true, changes: value });

function inScope(actor: Actor, facts: ResourceFacts): boolean {
  return actor.role !== "department_staff" || actor.department === facts.department;
}

/**
 * The one place that says whether a move of a resource is allowed — by role and scope, by kind, by
 * state — and what it changes: occupancy never above capacity, stock never below zero.
 */
export function decideResource(request: ResourceRequest, facts: ResourceFacts, actor: Actor): ResourceDecision {
  const rule = rules[request.action];
  if (!rule.roles.includes(actor.role) || !inScope(actor, facts)) return refuse("forbidden", `a ${actor.role} may not ${request.action} this resource`);
  if (!rule.kinds.includes(facts.kind)) return refuse("wrong_kind", `cannot ${request.action} a ${facts.kind}`);
  if (!rule.from.includes(facts.state)) return refuse("wrong_state", `cannot ${request.action} a ${facts.kind} that is ${facts.state}`);
  const checked = check(request, facts);
  if (!checked.ok) return checked;
  return { ok: true, patch: { state: nextState(rule, request.action, facts, checked.changes), ...checked.changes } };
}

/** What the action's own fields change, or why they are wrong. */
function check(request: ResourceRequest, facts: ResourceFacts): Checked {
  switch (request.action) {
    case "dispatch":
      return request.target ? changes({ target: request.target }) : refuse("target_required", "dispatch needs a caseId or a place");
    case "back":
      return changes({ target: null });
    case "move":
      return request.position ? changes({ position: request.position }) : refuse("place_required", "move needs the place");
    case "report":
      return request.note ? changes() : refuse("note_required", "report needs a note");
    case "set_occupancy":
      return checkOccupancy(request.occupancy, facts);
    case "take":
    case "restock":
      return checkStock(request, facts.stock ?? 0);
    default:
      return changes();
  }
}

function nextState(rule: Rule, action: ResourceAction, facts: ResourceFacts, change: Changes): ResourceState {
  if (rule.to === null) return facts.state;
  if (rule.to !== "by_occupancy") return rule.to;
  if (facts.state === "closed" && action !== "open") return "closed";
  return (change.occupancy ?? facts.occupancy ?? 0) >= (facts.capacity ?? 0) ? "full" : "open";
}

function checkOccupancy(occupancy: number | undefined, facts: ResourceFacts): Checked {
  const capacity = facts.capacity ?? 0;
  if (occupancy === undefined) return refuse("occupancy_required", "set_occupancy needs the occupancy");
  if (occupancy > capacity) return refuse("over_capacity", `occupancy ${occupancy} is over the capacity of ${capacity}`);
  if (facts.state === "closed" && occupancy > (facts.occupancy ?? 0)) return refuse("shelter_closed", "a closed shelter takes no one: open it first");
  return changes({ occupancy });
}

function checkStock(request: ResourceRequest, stock: number): Checked {
  const { amount } = request;
  if (amount === undefined) return refuse("amount_required", `${request.action} needs the amount`);
  if (request.action === "restock") return changes({ stock: stock + amount });
  if (amount > stock) return refuse("insufficient_stock", `only ${stock} sandbags in stock`);
  return changes({ stock: stock - amount });
}

/** Which resources a role sees: the desk, operators and leaders all of them, department staff their department's. */
export function canViewResource(facts: Pick<ResourceFacts, "department">, actor: Actor): boolean {
  if (actor.role === "department_staff") return actor.department === facts.department;
  return ["dispatcher", "admin", "operator", "leader"].includes(actor.role);
}
