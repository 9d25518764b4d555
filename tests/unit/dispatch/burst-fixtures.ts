import type { BurstCase, BurstWorker } from "@/lib/domain/dispatch/burst-candidates";
import { offsetMeters } from "@/scripts/simulator/model/local-meters";

export const centre = { lat: 31.23, lng: 121.47 };
export const policy = { roadFactor: 1.3, ownGridAdvantageMeters: 300, searchKm: 8 };

/** A case `east` metres east of the centre (negative: west). */
export function burstCase(id: string, east: number, overrides: Partial<BurstCase> = {}): BurstCase {
  return { id, ...offsetMeters(centre, east, 0), skills: ["drainage"], gridCell: "cell-of-" + id, ...overrides };
}

export function burstWorker(id: string, east: number, overrides: Partial<BurstWorker> = {}): BurstWorker {
  return { id, ...offsetMeters(centre, east, 0), onDuty: true, skills: ["drainage"], load: 0, maxLoad: 1, gridCell: "home-of-" + id, ...overrides };
}
