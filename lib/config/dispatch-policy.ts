import type { DispatchPolicy } from "@/lib/domain/dispatch/choose-worker";
import type { AppConfig } from "./env";

export type ConfiguredDispatchPolicy = DispatchPolicy & { searchKm: number; candidates: number };

/** How auto-dispatch ranks workers, one case at a time or a burst at once. */
export function dispatchPolicyOf(config: AppConfig): ConfiguredDispatchPolicy {
  return {
    roadFactor: config.DISPATCH_ROAD_FACTOR,
    ownGridAdvantageMeters: 300,
    searchKm: config.DISPATCH_SEARCH_KM,
    candidates: config.DISPATCH_CANDIDATES,
  };
}
