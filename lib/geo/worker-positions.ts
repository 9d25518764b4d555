import type { Redis } from "ioredis";
import type { WorkerPosition } from "@/lib/contracts/worker-summary";
import type { Fix } from "@/lib/domain/geo/plausible-fixes";

/** A worker's place in the live set, and when their phone sent it (null: placed from the database). */
export interface LivePosition {
  id: string;
  lat: number;
  lng: number;
  fixAtMs: number | null;
}

// Takes, atomically, the workers whose last fix is older than the cutoff out of the live set: a fix
// arriving meanwhile is never removed with them.
const DROP_STALE_SCRIPT = `
local ids = redis.call('ZRANGE', KEYS[2], '-inf', ARGV[1], 'BYSCORE')
if #ids > 0 then
  redis.call('ZREM', KEYS[1], unpack(ids))
  redis.call('ZREM', KEYS[2], unpack(ids))
end
return ids`;

/**
 * Live worker positions in a Redis GEO set: written by phone pings, read by dispatch's worker index.
 * Beside it, a sorted set of when each worker's phone last sent a fix, so the next one can be checked
 * for speed, dispatch can read only the fixes since it last looked, and silent phones can be dropped.
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
    for (const [id] of positions) times.push(atMs, id);
    await this.redis.multi().geoadd(this.key, ...geoArgs(positions)).zadd(this.fixTimesKey, ...times).exec();
  }

  /** The last fix of each of these workers whose phone has sent one. */
  async lastFixes(ids: readonly string[]): Promise<Map<string, Fix>> {
    const found = new Map<string, Fix>();
    if (ids.length === 0) return found;
    const [places, times] = await Promise.all([this.redis.geopos(this.key, ...ids), this.redis.zmscore(this.fixTimesKey, ...ids)]);
    ids.forEach((id, i) => {
      const place = places[i];
      const at = times[i];
      if (place && place[0] !== null && place[1] !== null && at) found.set(id, { lng: Number(place[0]), lat: Number(place[1]), atMs: Number(at) });
    });
    return found;
  }

  /** The fixes sent at `sinceMs` or later, as phones' clocks dated them, oldest first. */
  async fixesSince(sinceMs: number): Promise<LivePosition[]> {
    const reply = await this.redis.zrange(this.fixTimesKey, sinceMs, "+inf", "BYSCORE", "WITHSCORES");
    const times = new Map<string, number>();
    for (let i = 0; i < reply.length; i += 2) times.set(reply[i]!, Number(reply[i + 1]));
    return this.withPlaces([...times.keys()], times);
  }

  /** Every worker in the live set. */
  async all(): Promise<LivePosition[]> {
    const [ids, fixes] = await Promise.all([this.redis.zrange(this.key, "0", "-1"), this.redis.zrange(this.fixTimesKey, "0", "-1", "WITHSCORES")]);
    const times = new Map<string, number>();
    for (let i = 0; i < fixes.length; i += 2) times.set(fixes[i]!, Number(fixes[i + 1]));
    return this.withPlaces(ids, times);
  }

  /** Takes workers out of the live set: dispatch no longer sees them until they are placed again. */
  async remove(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.redis.multi().zrem(this.key, ...ids).zrem(this.fixTimesKey, ...ids).exec();
  }

  /** Takes out of the live set the workers whose phone's last fix came before `cutoffMs`; returns them. */
  async dropStale(cutoffMs: number): Promise<string[]> {
    return (await this.redis.eval(DROP_STALE_SCRIPT, 2, this.key, this.fixTimesKey, `(${cutoffMs}`)) as string[];
  }

  private async withPlaces(ids: readonly string[], times: ReadonlyMap<string, number>): Promise<LivePosition[]> {
    if (ids.length === 0) return [];
    const places = await this.redis.geopos(this.key, ...ids);
    return ids.flatMap((id, i) => {
      const place = places[i];
      if (!place || place[0] === null || place[1] === null) return [];
      return [{ id, lng: Number(place[0]), lat: Number(place[1]), fixAtMs: times.get(id) ?? null }];
    });
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
