import type { BenchEnv, BenchFigure, Measurement } from "../figure";
import { waitForDrain } from "../drain";
import { watchDispatched } from "../load/await-dispatched";
import { benchEvents } from "../load/bench-events";
import { runOpenLoop, describeSending } from "../load/open-loop";
import { connectScreens } from "../load/screen-clients";

const STALL_MS = 20_000;

/** Offers `count` events at `rate`/s and returns how many per second a connected screen saw dispatched. */
async function sustained(baseUrl: string, path: string, label: string, count: number, rate: number, log: (m: string) => void): Promise<number> {
  const events = benchEvents(label, count);
  const watch = watchDispatched(events.caseIds);
  const screen = await connectScreens(baseUrl, 1, (_, delta, at) => watch.hear(delta, at));
  try {
    const load = await runOpenLoop({ baseUrl, path, ratePerSecond: rate, count, connections: 64, body: (i) => events.bodies[i]! });
    const { dispatched, lastAt } = await watch.settled(STALL_MS);
    log(`sustained ${label}: ${describeSending({ count, ratePerSecond: rate }, load)}, ${load.accepted} accepted, ${dispatched} seen dispatched`);
    return dispatched / ((lastAt - load.startedAt) / 1000);
  } finally {
    screen.close();
  }
}

/**
 * Sustained end to end: every event stored, auto-dispatched and its assignment pushed to a
 * connected screen, offered open loop at the bar's rate. The figure is what the screen saw per second.
 */
export const sustainedPipelineFigure: BenchFigure = {
  name: "sustained pipeline",
  async trial(env: BenchEnv): Promise<Measurement[]> {
    const rate = env.smoke ? 1_000 : 5_000;
    const count = env.smoke ? 2_000 : 15_000;
    const stack = await env.stack();
    const baseline = await env.baseline();
    await waitForDrain(stack);
    const tonglan = await sustained(stack.baseUrl, "/api/events", "sustained", count, rate, env.log);
    await waitForDrain(stack);
    const naive = await sustained(baseline.baseUrl, "/events", "sustained-naive", count, rate, env.log);
    return [
      {
        key: "pipeline.sustained",
        figure: `sustained end to end: stored, dispatched, on screen (${count.toLocaleString("en")} offered at ${rate.toLocaleString("en")}/s)`,
        unit: "events/s",
        tonglan,
        baseline: naive,
        baselineName: "handler inserts + emits, no queue",
        better: "higher",
        bar: "≥ 5,000/s",
        meetsBar: tonglan >= 5_000,
      },
    ];
  },
};
