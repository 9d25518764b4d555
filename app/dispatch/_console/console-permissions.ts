import type { Stage } from "@/lib/contracts";

export const consoleActions = ["dispatch", "reassign", "merge", "reject", "cancel", "locate"] as const;
export type ConsoleAction = (typeof consoleActions)[number];

/** What the signed-in role may do from which stages, as the server's rule table says. */
export type ConsolePermissions = Partial<Record<ConsoleAction, { from: readonly Stage[]; needsReason: boolean }>>;

export function allowedAt(permissions: ConsolePermissions, action: ConsoleAction, stage: Stage): boolean {
  return permissions[action]?.from.includes(stage) ?? false;
}
