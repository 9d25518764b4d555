import type { UnsequencedDelta } from "@/lib/contracts/delta";
import { rooms } from "@/lib/contracts/socket-events";
import type { Actor } from "@/lib/domain/cases/case-rules";
import { canSeePhone } from "@/lib/domain/identity/phone-visibility";

/**
 * Rooms that hear a delta besides the wall screens' (which hear every delta): for a case its
 * department, its assigned worker and the worker it was just taken from; for a resource the
 * department that runs it (shelter staff, team leaders); for a worker none.
 */
export function scopedRoomsOf(delta: UnsequencedDelta): string[] {
  if (delta.kind === "resource") return [rooms.department(delta.resource.department)];
  if (delta.kind !== "case") return [];
  const { department, assigneeId } = delta.case;
  const workerIds = new Set([assigneeId, delta.formerAssigneeId].filter((id): id is string => Boolean(id)));
  return [rooms.department(department), ...[...workerIds].map(rooms.worker)];
}

/**
 * Of a case delta's scoped rooms, those whose members read its text unmasked, by the rule for the
 * reporter's phone: the assigned worker's, not the department's nor the former assignee's.
 */
export function fullTextRoomsOf(delta: UnsequencedDelta): Set<string> {
  if (delta.kind !== "case") return new Set();
  const { department, assigneeId } = delta.case;
  const workerIds = [assigneeId, delta.formerAssigneeId].filter((id): id is string => Boolean(id));
  const members: [string, Actor][] = [
    [rooms.department(department), { role: "department_staff", id: "", department }],
    ...workerIds.map((workerId): [string, Actor] => [rooms.worker(workerId), { role: "grid_worker", id: "", workerId }]),
  ];
  const context = { ownerId: null, assigneeWorkerId: assigneeId };
  return new Set(members.filter(([, member]) => canSeePhone(member, context)).map(([room]) => room));
}
