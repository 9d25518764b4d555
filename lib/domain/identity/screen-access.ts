import type { Actor } from "@/lib/domain/cases/case-rules";
import { canSeePhone } from "./phone-visibility";

const screenRoles: readonly Actor["role"][] = ["operator", "leader", "admin", "dispatcher"];

/**
 * Whether someone may watch the whole city as the wall screen shows it — its socket room, its
 * snapshot and its catch-up alike: the wall-screen roles, and anonymous viewers while the screen is
 * public. Other signed-in roles have pages of their own scope (`/m`, `/report`) and are kept to them.
 */
export function mayWatchScreen(viewer: Actor | null, publicScreen: boolean): boolean {
  return viewer === null ? publicScreen : screenRoles.includes(viewer.role);
}

/**
 * Whether a screen watcher reads the cases' free text as written, numbers typed into it included:
 * those who may see any reporter's phone. Anonymous viewers and leaders read it masked.
 */
export function mayReadScreenText(viewer: Actor | null): boolean {
  return viewer !== null && canSeePhone(viewer, { ownerId: null });
}

export interface ScreenRefusal {
  status: 401 | 403;
  code: "unauthenticated" | "forbidden";
  message: string;
}

/** Why `viewer` may not watch the screen (401 without a session while it is not public, 403 for a role kept to its own pages), or null. */
export function screenRefusal(viewer: Actor | null, publicScreen: boolean): ScreenRefusal | null {
  if (mayWatchScreen(viewer, publicScreen)) return null;
  if (!viewer) return { status: 401, code: "unauthenticated", message: "sign in first: the wall screen is not public" };
  return { status: 403, code: "forbidden", message: `a ${viewer.role} may not watch the wall screen` };
}
