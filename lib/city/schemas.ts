import { z } from "zod";

/** Shapes of a demo city's generated reference data (see scripts/build-city-data.ts). */

export const districtInfoSchema = z.object({
  adcode: z.number().int(),
  nameZh: z.string().min(1),
  nameEn: z.string().min(1),
});

/** A default grid (网格): one H3 resolution-9 cell, in the district that contains its centre. */
export const gridCellSchema = z.object({
  cell: z.string().regex(/^[0-9a-f]{15}$/),
  district: z.number().int(),
  lat: z.number(),
  lng: z.number(),
});

export const demoWorkerSchema = z.object({
  id: z.string().regex(/^W\d{4}$/),
  name: z.string().min(1),
  phone: z.string().regex(/^1\d{10}$/),
  district: z.number().int(),
  gridCell: z.string(),
  skills: z.array(z.string()).min(1),
  maxLoad: z.number().int().positive(),
  lat: z.number(),
  lng: z.number(),
});

export type DistrictInfo = z.infer<typeof districtInfoSchema>;
export type GridCell = z.infer<typeof gridCellSchema>;
export type DemoWorker = z.infer<typeof demoWorkerSchema>;

/** An emergency resource of a demo city as seeded: in its first state, nothing assigned yet. */
export const demoResourceSchema = z.object({
  id: z.uuid(),
  kind: z.enum(["shelter", "pump", "sandbags", "team", "vehicle"]),
  code: z.string().regex(/^[A-Z]{2}-\d{4}$/),
  nameZh: z.string().min(1),
  nameEn: z.string().min(1),
  district: z.number().int(),
  department: z.string().min(1),
  lat: z.number(),
  lng: z.number(),
  state: z.enum(["available", "open", "closed"]),
  capacity: z.number().int().positive().nullable(),
  occupancy: z.number().int().min(0).nullable(),
  m3PerHour: z.number().positive().nullable(),
  stock: z.number().int().min(0).nullable(),
  members: z.number().int().positive().nullable(),
  skills: z.array(z.string()),
  demo: z.literal(true),
});

export type DemoResource = z.infer<typeof demoResourceSchema>;
