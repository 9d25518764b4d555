import type { Redis } from "ioredis";
import type { Delta, UnsequencedDelta } from "@/lib/contracts/delta";
import type { CatchUpResponse } from "@/lib/contracts/socket-events";
import { redisKeys } from "./redis-keys";

// Numbering and logging happen in one script so no delta can get a number without being logged.
// KEYS: the seq counter, the stream. ARGV: the stream's length bound, then each delta as JSON.
// One stream entry per seq, so a catch-up replays exactly the deltas that were emitted.
const APPEND_SCRIPT = `
local count = #ARGV - 1
local first = redis.call('INCRBY', KEYS[1], count) - count + 1
for i = 1, count do
  redis.call('XADD', KEYS[2], (first + i - 1) .. '-0', 'd', ARGV[i + 1])
end
redis.call('XTRIM', KEYS[2], 'MAXLEN', '~', ARGV[1])
return first
`;

/** A bounded, numbered log of the deltas sent to screens, so a screen can ask for what it missed. */
export class DeltaLog {
  private readonly keys;
  /** Catch-ups being read, by afterSeq: screens that reconnect together ask the same and share one read. */
  private readonly reading = new Map<number, Promise<CatchUpResponse>>();

  /** `maxCatchUp`: a screen further behind is told to reset (load the snapshot) rather than sent that many deltas. */
  constructor(
    private readonly redis: Redis,
    prefix: string,
    private readonly maxLength: number,
    private readonly maxCatchUp: number,
  ) {
    this.keys = redisKeys(prefix);
  }

  /** Numbers and logs a whole batch in one round trip; the deltas come back in order with consecutive seqs. */
  async append(deltas: readonly UnsequencedDelta[]): Promise<Delta[]> {
    if (deltas.length === 0) return [];
    const payloads = deltas.map((delta) => JSON.stringify(delta));
    // One array, not spread arguments: a batch may be longer than a call's argument limit.
    const args = [this.keys.deltaSeq, this.keys.deltaLog, String(this.maxLength), ...payloads];
    const first = Number(await this.redis.eval(APPEND_SCRIPT, 2, args));
    return deltas.map((delta, i) => ({ ...delta, seq: first + i }) as Delta);
  }

  async currentSeq(): Promise<number> {
    return Number((await this.redis.get(this.keys.deltaSeq)) ?? 0);
  }

  since(afterSeq: number): Promise<CatchUpResponse> {
    let reading = this.reading.get(afterSeq);
    if (!reading) {
      reading = this.read(afterSeq).finally(() => this.reading.delete(afterSeq));
      this.reading.set(afterSeq, reading);
    }
    return reading;
  }

  private async read(afterSeq: number): Promise<CatchUpResponse> {
    const current = await this.currentSeq();
    if (afterSeq >= current) return { ok: true, deltas: [] };
    if (current - afterSeq > this.maxCatchUp) return { ok: false, reset: true };
    const entries = await this.redis.xrange(this.keys.deltaLog, `${afterSeq + 1}-0`, "+", "COUNT", this.maxCatchUp);
    const deltas = entries.map(([id, fields]) => ({ ...JSON.parse(fields[1] ?? "{}"), seq: Number(id.split("-")[0]) }) as Delta);
    // The log was trimmed past what the screen has: it must start again from a snapshot.
    if (deltas[0]?.seq !== afterSeq + 1) return { ok: false, reset: true };
    return { ok: true, deltas };
  }
}
