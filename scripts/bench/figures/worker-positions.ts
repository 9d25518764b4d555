import { Redis } from "ioredis";
import type { WorkerPosition } from "@/lib/contracts/worker-summary";
import { metersBetween } from "@/scripts/simulator/model/local-meters";
import { redisKeys } from "@/lib/realtime/redis-keys";
import { waitForDrain } from "../drain";
import type { BenchEnv, BenchFigure, BenchStack, Measurement } from "../figure";
import { positionBodies, walkingPings } from "../load/bench-positions";
import { runClosedLoop } from "../load/closed-loop";

const BATCH = 1_000;
const CONNECTIONS = 4;
const PATH = "/api/workers/positions";

interface Sent {
  perSecond: number;
  failed: number;
}

/** Sends tick after tick (each as fast as the server takes it) and answers pings accepted per second. */
async function sendTicks(stack: BenchStack, ticks: readonly WorkerPosition[][], batch: number): Promise<Sent> {
  let accepted = 0;
  let failed = 0;
  let elapsedMs = 0;
  for (const tick of ticks) {
    if (tick.length % batch !== 0) throw new Error(`a tick of ${tick.length} pings is not whole batches of ${batch}`);
    const bodies = positionBodies(tick, batch);
    const result = await runClosedLoop({
      baseUrl: stack.baseUrl,
      path: PATH,
      count: bodies.length,
      connections: CONNECTIONS,
      body: (i) => bodies[i]!,
      headers: stack.gateways.positions,
    });
    accepted += result.accepted * batch;
    failed += result.failed;
    elapsedMs += result.elapsedMs;
  }
  return { perSecond: accepted / (elapsedMs / 1000), failed };
}

/** How many of the last tick's workers the GEO set does not hold within a metre of where they last were. */
async function stalePositions(redis: Redis, key: string, last: readonly WorkerPosition[]): Promise<number> {
  const sample = last.filter((_, i) => i % 50 === 0);
  const stored = await redis.geopos(key, ...sample.map(([id]) => id));
  return sample.filter(([, lat, lng], i) => {
    const at = stored[i];
    return !at || at[0] === null || metersBetween({ lat, lng }, { lat: Number(at[1]), lng: Number(at[0]) }) > 1;
  }).length;
}

/**
 * Phones' GPS pings for 10,000 workers through POST /api/workers/positions: ticks of every worker's
 * position in batches of 1,000 on a few connections, beside the same endpoint fed one ping per
 * request. Counted as kept current only if the live GEO set then holds each worker's last position.
 */
export const workerPositionsFigure: BenchFigure = {
  name: "worker positions",
  async trial(env: BenchEnv): Promise<Measurement[]> {
    const workers = env.smoke ? 2_000 : 10_000;
    const ticks = walkingPings("positions", workers, env.smoke ? 3 : 20);
    const singles = env.smoke ? 500 : 2_000;
    const stack = await env.stack();
    await waitForDrain(stack);
    const redis = new Redis(stack.redisUrl, { maxRetriesPerRequest: null });
    const key = redisKeys(stack.redisPrefix).workerPositions;
    try {
      const batched = await sendTicks(stack, ticks, BATCH);
      const stale = await stalePositions(redis, key, ticks.at(-1)!);
      env.log(`worker positions batched: ${Math.round(batched.perSecond)}/s, ${batched.failed} failed requests, ${stale} sampled workers stale`);
      const oneByOne = await sendTicks(stack, [ticks[0]!.slice(0, singles)], 1);
      env.log(`worker positions one per request: ${Math.round(oneByOne.perSecond)}/s, ${oneByOne.failed} failed`);
      const kept = stale === 0 ? batched.perSecond : 0;
      return [
        {
          key: "positions.per_s",
          figure: `worker positions kept current, ${workers.toLocaleString("en")} workers in batches of ${BATCH.toLocaleString("en")}`,
          unit: "positions/s",
          tonglan: kept,
          baseline: oneByOne.perSecond,
          baselineName: "one position per request",
          better: "higher",
          bar: "10,000 workers at 1 Hz",
          meetsBar: kept >= 10_000 && batched.failed === 0,
        },
      ];
    } finally {
      const ids = ticks[0]!.map(([id]) => id);
      for (let i = 0; i < ids.length; i += 1_000) await redis.zrem(key, ...ids.slice(i, i + 1_000));
      redis.disconnect();
    }
  },
};
