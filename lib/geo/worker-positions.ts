import type { Redis } from "ioredis";
import type { WorkerPosition } from "@/lib/contracts/worker-summary";
import { haversineMeters } from "@/lib/domain/dispatch/travel-distance";
import type { Fix } from "@/lib/domain/geo/plausible-fixes";

export interface NearbyWorker {
  id: string;
  meters: number;
}

/** The search widens through these fractions of the radius until one holds enough workers. */
const RINGS = [1 / 8, 1];

/**
 * Live worker positions in a Redis GEO set: written by phone pings, searched by dispatch. Beside it,
 * a hash of when each worker's phone last sent a fix, so the next one can be checked for speed.
 */
export class WorkerPositions {
  constructor(
    private readonly redis: Redis,
    private readonly key: string,
    private readonly fixTimesKey: string,
  ) {}

  /** Places workers without a fix of theirs: where the database last saw them. */
  async update(positions: readonly WorkerPosition[]): Promise<void> {
    if (positions.length === 0) return;
    await this.redis.geoadd(this.key, ...geoArgs(positions));
  }

  /** Phones' fixes taken at `atMs`: the positions and their time, together. */
  async record(positions: readonly WorkerPosition[], atMs: number): Promise<void> {
    if (positions.length === 0) return;
    const times: (string | number)[] = [];
    for (const [id] of positions) times.push(id, atMs);
    await this.redis.multi().geoadd(this.key, ...geoArgs(positions)).hset(this.fixTimesKey, ...times).exec();
  }

  /** The last fix of each of these workers whose phone has sent one. */
  async lastFixes(ids: readonly string[]): Promise<Map<string, Fix>> {
    const found = new Map<string, Fix>();
    if (ids.length === 0) return found;
    const [places, times] = await Promise.all([this.redis.geopos(this.key, ...ids), this.redis.hmget(this.fixTimesKey, ...ids)]);
    ids.forEach((id, i) => {
      const place = places[i];
      const at = times[i];
      if (place && place[0] !== null && place[1] !== null && at) found.set(id, { lng: Number(place[0]), lat: Number(place[1]), atMs: Number(at) });
    });
    return found;
  }

  /** Up to `count` workers within `radiusKm`, nearest first. */
  async nearest(lat: number, lng: number, radiusKm: number, count: number): Promise<NearbyWorker[]> {
    // Redis measures every member in the geohash boxes around the radius, then sorts those inside,
    // before COUNT applies: among 10,000 workers an 8 km search costs four times a 1 km one, which
    // already holds enough of them, and gives the same answer.
    let found: NearbyWorker[] = [];
    for (const fraction of RINGS) {
      found = await this.search(lat, lng, radiusKm * fraction, count);
      if (found.length >= count) break;
    }
    return found;
  }

  // Distances are measured here from the stored positions, with the formula every other distance of
  // the product uses (Redis's own assumes another earth radius): a suggestion's distance and the one
  // the history records when the dispatcher takes it are then the same number.
  private async search(lat: number, lng: number, radiusKm: number, count: number): Promise<NearbyWorker[]> {
    const reply = (await this.redis.geosearch(
      this.key, "FROMLONLAT", lng, lat, "BYRADIUS", radiusKm, "km", "ASC", "COUNT", count, "WITHCOORD",
    )) as [string, [string, string]][];
    return reply.map(([id, [workerLng, workerLat]]) => ({ id, meters: haversineMeters({ lat, lng }, { lat: Number(workerLat), lng: Number(workerLng) }) }));
  }

  async positionsOf(ids: readonly string[]): Promise<Map<string, { lat: number; lng: number }>> {
    const found = new Map<string, { lat: number; lng: number }>();
    if (ids.length === 0) return found;
    const reply = await this.redis.geopos(this.key, ...ids);
    ids.forEach((id, i) => {
      const pos = reply[i];
      if (pos && pos[0] !== null && pos[1] !== null) found.set(id, { lng: Number(pos[0]), lat: Number(pos[1]) });
    });
    return found;
  }

  async count(): Promise<number> {
    return this.redis.zcard(this.key);
  }
}

function geoArgs(positions: readonly WorkerPosition[]): (string | number)[] {
  const args: (string | number)[] = [];
  for (const [id, lat, lng] of positions) args.push(lng, lat, id);
  return args;
}
