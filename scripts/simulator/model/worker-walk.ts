import type { GeoLocation, WorkerPosition } from "@/lib/contracts";
import { headingTowards, metersBetween, offsetMeters, roundToMicrodegrees } from "./local-meters";
import type { Random } from "./seeded-random";

/** A worker on the way somewhere: straight towards `to` at a steady pace (the map shows no streets anyway). */
export interface Trip {
  to: GeoLocation;
  metersPerTick: number;
}

export interface Walker {
  id: string;
  home: GeoLocation;
  position: GeoLocation;
  /** Radians counter-clockwise from east. */
  heading: number;
  /** Set while the worker travels to a task; without one they patrol around home. */
  trip?: Trip;
}

export interface WalkOptions {
  /** Mean distance per tick while patrolling. */
  stepMeters: number;
  /** How far a worker strays from home: a couple of res-9 grids. */
  radiusMeters: number;
  /** Distance per tick of a worker heading back to their grid after a task. */
  homewardStepMeters: number;
}

export const defaultWalkOptions: WalkOptions = { stepMeters: 4, radiusMeters: 400, homewardStepMeters: 8 };

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

/** One tick: travellers move along their trip, the others patrol near home (or head back to it). */
export function stepWalk(walkers: readonly Walker[], random: Random, options: WalkOptions = defaultWalkOptions): Walker[] {
  return walkers.map((walker) => (walker.trip ? travel(walker, walker.trip) : stepWalker(walker, random, options)));
}

/** Whether a traveller has reached the end of their trip. */
export function hasArrived(walker: Walker): boolean {
  return walker.trip !== undefined && metersBetween(walker.position, walker.trip.to) < 1;
}

export function walkerPositions(walkers: readonly Walker[]): WorkerPosition[] {
  return walkers.map(({ id, position }) => [id, roundToMicrodegrees(position.lat), roundToMicrodegrees(position.lng)]);
}

function travel(walker: Walker, trip: Trip): Walker {
  const remaining = metersBetween(walker.position, trip.to);
  if (remaining <= trip.metersPerTick) return { ...walker, position: trip.to };
  const heading = headingTowards(walker.position, trip.to);
  const position = offsetMeters(walker.position, Math.cos(heading) * trip.metersPerTick, Math.sin(heading) * trip.metersPerTick);
  return { ...walker, position, heading };
}

function stepWalker(walker: Walker, random: Random, options: WalkOptions): Walker {
  const fromHome = metersBetween(walker.position, walker.home);
  if (fromHome > options.radiusMeters) {
    // Back from a task: straight home until inside the patrol area again.
    return travel(walker, { to: walker.home, metersPerTick: options.homewardStepMeters });
  }
  const farOut = fromHome > options.radiusMeters * TURN_BACK_SHARE;
  const heading =
    (farOut ? headingTowards(walker.position, walker.home) : walker.heading) + random.gaussian() * TURN_STDDEV_RADIANS;
  const step = options.stepMeters * (0.5 + random.float());
  const next = offsetMeters(walker.position, Math.cos(heading) * step, Math.sin(heading) * step);
  if (metersBetween(next, walker.home) > options.radiusMeters) return { ...walker, heading };
  return { ...walker, position: next, heading };
}
