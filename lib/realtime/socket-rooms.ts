import { rooms } from "@/lib/contracts/socket-events";
import type { Actor } from "@/lib/domain/cases/case-rules";
import { mayReadScreenText, mayWatchScreen } from "@/lib/domain/identity/screen-access";

/** The rooms a socket joins: what it may hear follows from who signed in, never from what it asks for. */
export function roomsFor(actor: Actor | null, publicScreen: boolean): string[] {
  const joined: string[] = mayWatchScreen(actor, publicScreen) ? [rooms.screen] : [];
  if (joined.length > 0 && mayReadScreenText(actor)) joined.push(rooms.screenFullText);
  if (!actor) return joined;
  if (actor.role === "department_staff" && actor.department) joined.push(rooms.department(actor.department));
  if (actor.role === "grid_worker" && actor.workerId) joined.push(rooms.worker(actor.workerId));
  joined.push(rooms.user(actor.id));
  return joined;
}
