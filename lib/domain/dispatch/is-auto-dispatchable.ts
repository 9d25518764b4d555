import { isPlaced, type Placed } from "@/lib/contracts/case-summary";
import type { Stage } from "@/lib/contracts/stage";
import { isAwaitingDispatch } from "../cases/case-lifecycle";

interface DispatchFacts {
  stage: Stage;
  lat: number | null;
  lng: number | null;
  gridCell: string | null;
  locationApproximate: boolean;
}

/**
 * Auto-dispatch takes a case waiting for a worker only when it is placed exactly (not only at the
 * centre of the district its address names) and its category is not left to the desk
 * (`autoDispatch: false`, the catch-all 其他); the others wait for a dispatcher.
 */
export function isAutoDispatchable<T extends DispatchFacts>(item: T, category: { autoDispatch: boolean } | undefined): item is T & Placed {
  return isAwaitingDispatch(item.stage) && isPlaced(item) && !item.locationApproximate && category?.autoDispatch !== false;
}
