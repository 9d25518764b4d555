import type { Redis } from "ioredis";
import type { Delta, UnsequencedDelta } from "@/lib/contracts/delta";
import type { CatchUpResponse } from "@/lib/contracts/socket-events";
import { redisKeys } from "./redis-keys";

// Numbering and logging happen in one script so no delta can get a number without being logged.
const APPEND_SCRIPT = `
local seq = redis.call('INCR', KEYS[1])
redis.call('XADD', KEYS[2], 'MAXLEN', '~', ARGV[2], seq .. '-0', 'd', ARGV[1])
return seq
`;

const MAX_CATCH_UP = 5_000;

/** A bounded, numbered log of the deltas sent to screens, so a screen can ask for what it missed. */
export class DeltaLog {
  private readonly keys;

  constructor(
    private readonly redis: Redis,
    prefix: string,
    private readonly maxLength: number,
  ) {
    this.keys = redisKeys(prefix);
  }

  async append(deltas: readonly UnsequencedDelta[]): Promise<Delta[]> {
    if (deltas.length === 0) return [];
    const pipeline = this.redis.pipeline();
    for (const delta of deltas) {
      pipeline.eval(APPEND_SCRIPT, 2, this.keys.deltaSeq, this.keys.deltaLog, JSON.stringify(delta), this.maxLength);
    }
    const results = (await pipeline.exec()) ?? [];
    return deltas.map((delta, i) => {
      const [error, seq] = results[i] ?? [new Error("no reply"), null];
      if (error) throw error;
      return { ...delta, seq: Number(seq) } as Delta;
    });
  }

  async currentSeq(): Promise<number> {
    return Number((await this.redis.get(this.keys.deltaSeq)) ?? 0);
  }

  async since(afterSeq: number): Promise<CatchUpResponse> {
    const current = await this.currentSeq();
    if (afterSeq >= current) return { ok: true, deltas: [] };
    if (current - afterSeq > MAX_CATCH_UP) return { ok: false, reset: true };
    const entries = await this.redis.xrange(this.keys.deltaLog, `${afterSeq + 1}-0`, "+", "COUNT", MAX_CATCH_UP);
    const deltas = entries.map(([id, fields]) => ({ ...JSON.parse(fields[1] ?? "{}"), seq: Number(id.split("-")[0]) }) as Delta);
    // The log was trimmed past what the screen has: it must start again from a snapshot.
    if (deltas[0]?.seq !== afterSeq + 1) return { ok: false, reset: true };
    return { ok: true, deltas };
  }
}
