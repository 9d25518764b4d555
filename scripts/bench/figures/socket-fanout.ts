import type { BenchEnv, BenchFigure, Measurement } from "../figure";
import { waitForDrain } from "../drain";
import { benchEvents } from "../load/bench-events";
import { runOpenLoop } from "../load/open-loop";
import { connectScreens } from "../load/screen-clients";
import { residentBytes } from "../process-memory";
import { setTimeout as sleep } from "node:timers/promises";

const UPDATES = 50;

interface Fanout {
  /** Clients that received every one of the updates. */
  complete: number;
  bytesPerClient: number;
}

async function fanout(baseUrl: string, path: string, pid: number, clients: number, label: string, env: BenchEnv): Promise<Fanout> {
  const events = benchEvents(label, UPDATES);
  const index = new Map(events.caseIds.map((id, i) => [id, i]));
  const received = Array.from({ length: clients }, () => new Uint8Array(UPDATES));
  const before = await residentBytes(pid);
  const screens = await connectScreens(baseUrl, clients, (client, delta) => {
    const i = delta.case ? index.get(delta.case.id) : undefined;
    if (i !== undefined) received[client]![i] = 1;
  });
  try {
    await sleep(1_000);
    const after = await residentBytes(pid);
    await runOpenLoop({ baseUrl, path, ratePerSecond: 50, count: UPDATES, connections: 4, body: (i) => events.bodies[i]! });
    const allIn = () => received.filter((r) => r.every(Boolean)).length;
    const deadline = Date.now() + 15_000;
    while (allIn() < clients && Date.now() < deadline) await sleep(200);
    env.log(`fanout ${label}: ${allIn()}/${clients} clients got all ${UPDATES} updates`);
    return { complete: allIn(), bytesPerClient: (after - before) / clients };
  } finally {
    screens.close();
  }
}

/** Screens connected to one web process, every update delivered to each, and what each costs in memory. */
export const socketFanoutFigure: BenchFigure = {
  name: "socket fan-out",
  async trial(env: BenchEnv): Promise<Measurement[]> {
    const clients = env.smoke ? 200 : 2_000;
    const stack = await env.stack();
    const baseline = await env.baseline();
    await waitForDrain(stack);
    const tonglan = await fanout(stack.baseUrl, "/api/events", stack.webPid, clients, "fanout", env);
    const naive = await fanout(baseline.baseUrl, "/events", baseline.pid, clients, "fanout-naive", env);
    return [
      {
        key: "sockets.served",
        figure: `screens on one web process with all ${UPDATES} updates delivered (of ${clients.toLocaleString("en")})`,
        unit: "clients",
        tonglan: tonglan.complete,
        baseline: naive.complete,
        baselineName: "plain socket.io server, no adapter",
        better: "higher",
        bar: "≥ 2,000",
        meetsBar: tonglan.complete >= 2_000,
      },
      {
        key: "sockets.memory",
        figure: "web process memory per connected screen",
        unit: "KiB",
        tonglan: tonglan.bytesPerClient / 1024,
        baseline: naive.bytesPerClient / 1024,
        baselineName: "plain socket.io server, no adapter",
        better: "lower",
      },
    ];
  },
};
