import type { Actor } from "@/lib/domain/cases/case-rules";
import { maskPhone } from "./mask-phone";

/** Whose number it is and, when it belongs to a case, which worker is assigned to that case. */
export interface PhoneContext {
  ownerId: string | null;
  assigneeWorkerId?: string | null;
}

/**
 * Need to know: the desk calls people back and the assigned worker goes to them; leaders, department
 * staff and other residents work without the number. Everyone sees their own.
 */
export function canSeePhone(viewer: Actor, context: PhoneContext): boolean {
  if (context.ownerId !== null && viewer.id === context.ownerId) return true;
  switch (viewer.role) {
    case "dispatcher":
    case "operator":
    case "admin":
    case "system":
      return true;
    case "grid_worker":
      return viewer.workerId !== undefined && viewer.workerId === context.assigneeWorkerId;
    case "leader":
    case "department_staff":
    case "resident":
      return false;
  }
}

export function visiblePhone(phone: string, viewer: Actor, context: PhoneContext): string {
  return canSeePhone(viewer, context) ? phone : maskPhone(phone);
}
