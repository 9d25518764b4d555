import type { ResourceSummary } from "@/lib/contracts";

type Shelter = Pick<ResourceSummary, "capacity" | "occupancy">;

/** People in the shelter as a share of its places, 0–1; 0 for a shelter without places. */
export function occupancyShare({ capacity, occupancy }: Shelter): number {
  if (!capacity) return 0;
  return Math.min(1, Math.max(0, (occupancy ?? 0) / capacity));
}

/** 「120 / 300」 with thousands separated, as every screen writes it. */
export function formatOccupancy({ capacity, occupancy }: Shelter): string {
  return `${(occupancy ?? 0).toLocaleString("en-US")} / ${(capacity ?? 0).toLocaleString("en-US")}`;
}

/** The count after a +/− step, kept within 0 and the capacity: a tap past the end is not an error. */
export function steppedOccupancy({ capacity, occupancy }: Shelter, step: number): number {
  return Math.min(capacity ?? 0, Math.max(0, (occupancy ?? 0) + step));
}
