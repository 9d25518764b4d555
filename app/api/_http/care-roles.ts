import type { Role } from "@/lib/contracts/roles";

/** Who may call the registry's routes at all; what each sees whole or masked is decided per household. */
export const careReaders = ["grid_worker", "department_staff", "dispatcher", "operator", "leader", "admin"] as const satisfies readonly Role[];
/** Who may register and change households (further scoped to their grid or civil affairs per household). */
export const careMaintainers = ["grid_worker", "department_staff", "dispatcher", "admin"] as const satisfies readonly Role[];
