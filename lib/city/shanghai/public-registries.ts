/**
 * What the demo city publicly knows of its ground (SOURCE.md: simulated for the demo): coarse terrain, as a
 * lowness 0–1 per grid cell, and the registry of historical waterlogging spots, as the number of past heavy
 * rains a cell was reported flooded in. Both are incomplete and noisy, as a real city's are.
 */
import { z } from "zod";
import terrainJson from "./public-terrain.json";
import historyJson from "./waterlogging-history.json";

const terrainSchema = z.array(z.object({ cell: z.string(), lowness: z.number().min(0).max(1) }));
const historySchema = z.array(z.object({ cell: z.string(), reports: z.number().int().positive() }));

export const publicLowness: ReadonlyMap<string, number> = new Map(terrainSchema.parse(terrainJson).map((t) => [t.cell, t.lowness]));
export const pastWaterloggingReports: ReadonlyMap<string, number> = new Map(historySchema.parse(historyJson).map((h) => [h.cell, h.reports]));
