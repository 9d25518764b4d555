import type { UnsequencedDelta } from "@/lib/contracts/delta";
import { rooms } from "@/lib/contracts/socket-events";

/** Rooms that hear a delta: every screen, and for a case also its department, its assigned worker and the worker it was just taken from. */
export function roomsOf(delta: UnsequencedDelta): string[] {
  if (delta.kind !== "case") return [rooms.screen];
  const { department, assigneeId } = delta.case;
  const workerIds = new Set([assigneeId, delta.formerAssigneeId].filter((id): id is string => Boolean(id)));
  return [rooms.screen, rooms.department(department), ...[...workerIds].map(rooms.worker)];
}
