import { rooms } from "@/lib/contracts/socket-events";
import type { Actor } from "@/lib/domain/cases/case-rules";

const screenRoles: readonly Actor["role"][] = ["operator", "leader", "admin", "dispatcher"];

/** Whether a socket may watch the whole city: the wall-screen roles, or anyone while the screen is public. */
export function watchesScreen(actor: Actor | null, publicScreen: boolean): boolean {
  return actor === null ? publicScreen : screenRoles.includes(actor.role);
}

/** The rooms a socket joins: what it may hear follows from who signed in, never from what it asks for. */
export function roomsFor(actor: Actor | null, publicScreen: boolean): string[] {
  const joined: string[] = watchesScreen(actor, publicScreen) ? [rooms.screen] : [];
  if (!actor) return joined;
  if (actor.role === "department_staff" && actor.department) joined.push(rooms.department(actor.department));
  if (actor.role === "grid_worker" && actor.workerId) joined.push(rooms.worker(actor.workerId));
  joined.push(rooms.user(actor.id));
  return joined;
}
