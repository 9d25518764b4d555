import type { HouseholdView } from "@/lib/contracts/care";
import { listHouseholds } from "@/lib/db/repositories/care.repository";
import type { PipelineContext } from "../pipeline-context";
import { householdViewFor, type CareViewer } from "./household-view";

/** At most this many households per query: a few high-risk cells' worth, not a district's. */
export const MAX_HOUSEHOLDS_PER_QUERY = 5_000;

/**
 * The registered households in a set of H3 cells (the grid's resolution), each masked as this viewer must see
 * it: what the risk model counts, and what an evacuation of those cells lists.
 */
export async function householdsOfCells(ctx: Pick<PipelineContext, "db" | "clock">, cells: readonly string[], viewer: CareViewer): Promise<HouseholdView[]> {
  if (cells.length === 0) return [];
  const records = await listHouseholds(ctx.db, { gridCells: cells, limit: MAX_HOUSEHOLDS_PER_QUERY }, ctx.clock());
  return records.map((record) => householdViewFor(record, viewer));
}
