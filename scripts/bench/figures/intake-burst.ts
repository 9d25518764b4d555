import type { BenchEnv, BenchFigure, Measurement } from "../figure";
import { waitForDrain } from "../drain";
import { benchEvents } from "../load/bench-events";
import { runOpenLoop, describeSending, type OpenLoopResult } from "../load/open-loop";
import { percentile } from "../statistics";

const OFFERED_PER_SECOND = 10_000;

async function burst(baseUrl: string, path: string, bodies: string[]): Promise<OpenLoopResult> {
  return runOpenLoop({ baseUrl, path, ratePerSecond: OFFERED_PER_SECOND, count: bodies.length, connections: 64, body: (i) => bodies[i]! });
}

const acceptRate = (r: OpenLoopResult) => r.accepted / ((r.lastAnswerAt - r.startedAt) / 1000);

const LIMIT_NAME = "bare handler: parse + add to a BullMQ queue";

/**
 * A typhoon burst offered at 10,000 reports/s, open loop: how fast reports are accepted (HTTP 202,
 * durably queued) and the p99 from the moment each was due. The naive server answers only after
 * inserting, dispatching and emitting, which is what "accepted" costs without a queue; the limit
 * server only parses and queues, which is as fast as a durable accept gets on this machine.
 */
export const intakeBurstFigure: BenchFigure = {
  name: "intake burst",
  async trial(env: BenchEnv): Promise<Measurement[]> {
    const count = env.smoke ? 2_000 : 15_000;
    const stack = await env.stack();
    const baseline = await env.baseline();
    const limit = await env.limit();
    await waitForDrain(stack);
    const tonglan = await burst(stack.baseUrl, "/api/events", benchEvents("burst", count).bodies);
    env.log(`intake burst: tonglan ${tonglan.accepted}/${count} accepted, ${describeSending({ count, ratePerSecond: OFFERED_PER_SECOND }, tonglan)}, statuses ${JSON.stringify(tonglan.statuses)}`);
    const naive = await burst(baseline.baseUrl, "/events", benchEvents("burst-naive", count).bodies);
    env.log(`intake burst: naive ${naive.accepted}/${count} accepted, ${describeSending({ count, ratePerSecond: OFFERED_PER_SECOND }, naive)}, statuses ${JSON.stringify(naive.statuses)}`);
    await waitForDrain(stack);
    const bare = await burst(limit.baseUrl, "/events", benchEvents("burst-limit", count).bodies);
    env.log(`intake burst: limit ${bare.accepted}/${count} accepted, ${describeSending({ count, ratePerSecond: OFFERED_PER_SECOND }, bare)}, statuses ${JSON.stringify(bare.statuses)}`);
    const p99 = (r: OpenLoopResult) => percentile(r.latenciesMs, 99);
    return [
      {
        key: "intake.accept_rate",
        figure: `reports accepted in a burst (${count.toLocaleString("en")} offered at 10,000/s)`,
        unit: "events/s",
        tonglan: acceptRate(tonglan),
        baseline: acceptRate(naive),
        baselineName: "handler inserts + emits, no queue",
        limit: acceptRate(bare),
        limitName: LIMIT_NAME,
        better: "higher",
        bar: "≥ 10,000/s",
        meetsBar: acceptRate(tonglan) >= 10_000 && tonglan.failed === 0,
      },
      {
        key: "intake.accept_p99",
        figure: "accept latency p99 in that burst",
        unit: "ms",
        tonglan: p99(tonglan),
        baseline: p99(naive),
        baselineName: "handler inserts + emits, no queue",
        limit: p99(bare),
        limitName: LIMIT_NAME,
        better: "lower",
        bar: "≤ 50 ms",
        meetsBar: p99(tonglan) <= 50,
      },
    ];
  },
};
