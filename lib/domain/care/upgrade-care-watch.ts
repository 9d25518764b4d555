import type { CareWatch } from "./care-watch";
import type { CareWatchState } from "./decide-care-hour";
import type { HouseholdBaseline } from "./household-baseline";
import { createQuietSpells } from "./quiet-spells";

/** A watch as stored before held loads were watched: without their survival, the idle electricity level and the load under way. */
export type CareWatchWithoutHeldLoads = Omit<CareWatch, "heldLoads" | "baseline" | "state"> & {
  baseline: Omit<HouseholdBaseline, "electricityIdleKwh">;
  state: Omit<CareWatchState, "heldSinceHour" | "heldHours" | "heldKwh">;
};

/**
 * Carries such a watch over whole — its learned hours and quiet spells, the spell under way — with nothing learned yet
 * about held loads: that path starts unconfident (its pseudo-spell) and learns from the hours to come.
 */
export function withHeldLoads(watch: CareWatchWithoutHeldLoads): CareWatch {
  return {
    ...watch,
    baseline: { ...watch.baseline, electricityIdleKwh: null },
    heldLoads: createQuietSpells(),
    state: { ...watch.state, heldSinceHour: null, heldHours: 0, heldKwh: null },
  };
}
