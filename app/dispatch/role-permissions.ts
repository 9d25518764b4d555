import type { Role } from "@/lib/contracts/roles";
import { rulesFor } from "@/lib/domain/cases/case-rules";
import { consoleActions, type ConsolePermissions } from "./_console/console-permissions";

/** The console's buttons follow the one rule table: only the actions this role may take, from the stages it allows. */
export function rolePermissions(role: Role): ConsolePermissions {
  const permissions: ConsolePermissions = {};
  for (const action of consoleActions) {
    const rule = rulesFor(action);
    if (rule.roles.includes(role)) permissions[action] = { from: [...rule.from], needsReason: rule.needsReason ?? false };
  }
  return permissions;
}
