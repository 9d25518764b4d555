import type { WorkerIndexPolicy } from "@/lib/domain/dispatch/worker-index";
import type { AppConfig } from "./env";

export type ConfiguredDispatchPolicy = WorkerIndexPolicy;

/** How auto-dispatch ranks workers, one case at a time or a burst at once. */
export function dispatchPolicyOf(config: AppConfig): ConfiguredDispatchPolicy {
  return {
    roadFactor: config.DISPATCH_ROAD_FACTOR,
    ownGridAdvantageMeters: 300,
    searchKm: config.DISPATCH_SEARCH_KM,
    staleAfterMs: config.WORKER_POSITION_STALE_MINUTES * 60_000,
  };
}
