import { fork } from "node:child_process";
import path from "node:path";

export type FleetCommand = { type: "start"; baseUrl: string; clients: number; caseIds: string[] } | { type: "stop" };

export type FleetReport =
  | { type: "ready" }
  | { type: "dispatched"; index: number; at: number }
  | { type: "arrivals"; arrivals: Float64Array; bytes: number };

export interface ScreenFleet {
  /** Disconnects every screen; resolves with when each screen first heard of each case (NaN: never). */
  stop(): Promise<FleetArrivals>;
}

export interface FleetArrivals {
  clients: number;
  /** Client-major: `at(client, caseIndex)`. */
  at(client: number, caseIndex: number): number;
  /** Bytes of the event frames (socket.io payloads) all the screens received, whatever they carried. */
  bytes: number;
}

/**
 * `clients` screens (minimal socket.io clients, frame-screen.ts) in a child process, recording when
 * each first hears of each of the expected cases; `onDispatched` hears when the first screen sees one
 * dispatched. Hundreds of screens reading every message cost more CPU than the load generator, and
 * in its process they would delay the very requests whose latency is measured.
 */
export async function startScreenFleet(
  baseUrl: string,
  clients: number,
  caseIds: readonly string[],
  onDispatched: (caseIndex: number, at: number) => void = () => {},
): Promise<ScreenFleet> {
  const child = fork(path.join(import.meta.dirname, "screen-fleet-process.ts"), [], {
    execArgv: ["--import", "tsx"],
    serialization: "advanced",
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  let markReady: () => void;
  let deliver: (report: { arrivals: Float64Array; bytes: number }) => void;
  let fail: (error: Error) => void;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const delivered = new Promise<{ arrivals: Float64Array; bytes: number }>((resolve) => (deliver = resolve));
  const failed = new Promise<never>((_, reject) => (fail = reject));
  failed.catch(() => {});
  child.once("error", (error) => fail(error));
  child.once("exit", (code) => fail(new Error(`the screen fleet exited (${code}) before reporting`)));
  child.on("message", (report: FleetReport) => {
    if (report.type === "ready") markReady();
    else if (report.type === "dispatched") onDispatched(report.index, report.at);
    else deliver(report);
  });
  child.send({ type: "start", baseUrl, clients, caseIds: [...caseIds] } satisfies FleetCommand);
  await Promise.race([ready, failed]);
  return {
    async stop() {
      child.send({ type: "stop" } satisfies FleetCommand);
      const { arrivals, bytes } = await Promise.race([delivered, failed]);
      return { clients, bytes, at: (client, i) => arrivals[client * caseIds.length + i]! };
    },
  };
}
