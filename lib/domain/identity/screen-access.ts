import type { Actor } from "@/lib/domain/cases/case-rules";

const screenRoles: readonly Actor["role"][] = ["operator", "leader", "admin", "dispatcher"];

/**
 * Whether someone may watch the whole city as the wall screen shows it — its socket room, its
 * snapshot and its catch-up alike: the wall-screen roles, and anonymous viewers while the screen is
 * public. Other signed-in roles have pages of their own scope (`/m`, `/report`) and are kept to them.
 */
export function mayWatchScreen(viewer: Actor | null, publicScreen: boolean): boolean {
  return viewer === null ? publicScreen : screenRoles.includes(viewer.role);
}
