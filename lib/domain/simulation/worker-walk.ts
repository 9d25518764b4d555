import type { GeoLocation, WorkerPosition } from "@/lib/contracts";
import { headingTowards, metersBetween, offsetMeters, roundToMicrodegrees } from "./local-meters";
import type { Random } from "./seeded-random";

export interface Walker {
  id: string;
  home: GeoLocation;
  position: GeoLocation;
  /** Radians counter-clockwise from east. */
  heading: number;
}

export interface WalkOptions {
  /** Mean distance per tick. */
  stepMeters: number;
  /** How far a worker strays from home: a couple of res-9 grids. */
  radiusMeters: number;
}

export const defaultWalkOptions: WalkOptions = { stepMeters: 4, radiusMeters: 400 };

const TURN_STDDEV_RADIANS = 0.6;
/** Beyond this share of the radius a walker heads back, so it wanders instead of hugging the bound. */
const TURN_BACK_SHARE = 0.75;

export function startWalk(workers: readonly { id: string; lat: number; lng: number }[], random: Random): Walker[] {
  return workers.map(({ id, lat, lng }) => ({
    id,
    home: { lat, lng },
    position: { lat, lng },
    heading: random.float() * 2 * Math.PI,
  }));
}

/** One tick: every walker moves a few metres, never beyond `radiusMeters` from home. */
export function stepWalk(walkers: readonly Walker[], random: Random, options: WalkOptions = defaultWalkOptions): Walker[] {
  return walkers.map((walker) => stepWalker(walker, random, options));
}

export function walkerPositions(walkers: readonly Walker[]): WorkerPosition[] {
  return walkers.map(({ id, position }) => [id, roundToMicrodegrees(position.lat), roundToMicrodegrees(position.lng)]);
}

function stepWalker(walker: Walker, random: Random, options: WalkOptions): Walker {
  const farOut = metersBetween(walker.position, walker.home) > options.radiusMeters * TURN_BACK_SHARE;
  const heading =
    (farOut ? headingTowards(walker.position, walker.home) : walker.heading) + random.gaussian() * TURN_STDDEV_RADIANS;
  const step = options.stepMeters * (0.5 + random.float());
  const next = offsetMeters(walker.position, Math.cos(heading) * step, Math.sin(heading) * step);
  if (metersBetween(next, walker.home) > options.radiusMeters) return { ...walker, heading };
  return { ...walker, position: next, heading };
}
