import type { Role } from "@/lib/contracts/roles";
import type { Actor } from "@/lib/domain/cases/case-rules";

export interface UserScope {
  id: string;
  role: Role;
  department: string | null;
  workerId: string | null;
}

/** The actor the case rules check: a department only for its staff, a worker id only for grid workers. */
export function actorOfUser(user: UserScope): Actor {
  const actor: Actor = { role: user.role, id: user.id };
  if (user.role === "department_staff" && user.department !== null) actor.department = user.department;
  if (user.role === "grid_worker" && user.workerId !== null) actor.workerId = user.workerId;
  return actor;
}
