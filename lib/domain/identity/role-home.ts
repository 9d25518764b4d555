import type { Role } from "@/lib/contracts/roles";

const homes: Readonly<Record<Role, string>> = {
  operator: "/",
  leader: "/",
  admin: "/",
  dispatcher: "/dispatch",
  grid_worker: "/m",
  department_staff: "/m",
  resident: "/report",
};

/** Where a role lands after signing in. */
export function roleHome(role: Role): string {
  return homes[role];
}

/** A `?next=` worth following: a path on this site, never another origin (`//evil`, `/\evil`, `https:`). */
export function safeNextPath(next: string | null | undefined): string | null {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.includes("\\")) return null;
  if (/[\u0000-\u001f]/.test(next)) return null;
  return next;
}
