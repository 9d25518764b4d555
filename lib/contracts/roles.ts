import { z } from "zod";

export const roles = ["resident", "grid_worker", "department_staff", "dispatcher", "operator", "leader", "admin"] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}
