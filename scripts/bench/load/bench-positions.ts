import type { WorkerPosition } from "@/lib/contracts/worker-summary";
import { offsetMeters } from "@/scripts/simulator/model/local-meters";
import { createSeededRandom } from "@/scripts/simulator/model/seeded-random";

const CENTRE = { lat: 31.2304, lng: 121.4737 }; // People's Square

/**
 * `ticks` rounds of pings from `workers` phones walking around the centre: tick t holds every
 * worker's position at second t. Deterministic, so a trial can check what the server kept.
 */
export function walkingPings(label: string, workers: number, ticks: number): WorkerPosition[][] {
  const random = createSeededRandom(label);
  let places = Array.from({ length: workers }, () => offsetMeters(CENTRE, random.gaussian() * 4_000, random.gaussian() * 4_000));
  const ids = places.map((_, i) => `bench-${label}-${String(i + 1).padStart(5, "0")}`);
  return Array.from({ length: ticks }, () => {
    places = places.map((p) => offsetMeters(p, random.gaussian() * 1.5, random.gaussian() * 1.5));
    return places.map((p, i): WorkerPosition => [ids[i]!, Number(p.lat.toFixed(6)), Number(p.lng.toFixed(6))]);
  });
}

/** One request body per `size` pings. */
export function positionBodies(pings: readonly WorkerPosition[], size: number): string[] {
  const bodies: string[] = [];
  for (let i = 0; i < pings.length; i += size) bodies.push(JSON.stringify({ positions: pings.slice(i, i + size) }));
  return bodies;
}
