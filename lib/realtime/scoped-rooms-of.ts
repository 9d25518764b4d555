import type { UnsequencedDelta } from "@/lib/contracts/delta";
import { rooms } from "@/lib/contracts/socket-events";

/**
 * Rooms that hear a delta besides the wall screens' (which hear every delta): for a case its
 * department, its assigned worker and the worker it was just taken from; for a worker none.
 */
export function scopedRoomsOf(delta: UnsequencedDelta): string[] {
  if (delta.kind !== "case") return [];
  const { department, assigneeId } = delta.case;
  const workerIds = new Set([assigneeId, delta.formerAssigneeId].filter((id): id is string => Boolean(id)));
  return [rooms.department(department), ...[...workerIds].map(rooms.worker)];
}
