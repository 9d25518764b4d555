import { z } from "zod";
import { prioritySchema } from "./stage";

export const slaSchema = z.object({
  signForMinutes: z.number().int().positive(),
  arriveMinutes: z.number().int().positive(),
  resolveMinutes: z.number().int().positive(),
});

export const categorySchema = z.object({
  code: z.string().regex(/^[a-z][a-z0-9_]*$/),
  nameZh: z.string().min(1),
  nameEn: z.string().min(1),
  department: z.string(),
  priority: prioritySchema,
  skills: z.array(z.string()).min(1),
  sla: slaSchema,
  /** Departments 吹哨报到 summons automatically for a case of this category (cross-department problems). */
  summonDepartments: z.array(z.string()).default([]),
  /** false: auto-dispatch leaves its cases to the desk (the catch-all 其他), where a dispatcher decides. */
  autoDispatch: z.boolean().default(true),
});

export type Category = z.infer<typeof categorySchema>;
export type Sla = z.infer<typeof slaSchema>;

export const departmentSchema = z.object({
  code: z.string().regex(/^[a-z][a-z0-9_]*$/),
  nameZh: z.string().min(1),
  nameEn: z.string().min(1),
});

export type Department = z.infer<typeof departmentSchema>;

export const districtNameSchema = z.object({ adcode: z.number().int(), nameZh: z.string(), nameEn: z.string() });
export type DistrictName = z.infer<typeof districtNameSchema>;

/** GET /api/catalogue: the service catalogue and the names screens show. */
export const catalogueResponseSchema = z.object({
  categories: z.array(categorySchema),
  departments: z.array(departmentSchema),
  districts: z.array(districtNameSchema),
});
export type CatalogueResponse = z.infer<typeof catalogueResponseSchema>;
