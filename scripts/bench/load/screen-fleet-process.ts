/**
 * A fleet of wall screens in a process of its own (see screen-fleet.ts), so that reading every
 * message at every screen does not stall the load generator's schedule in the benchmark's process.
 */
import { connectFrameScreen, forEachCaseId, type FrameScreen } from "./frame-screen";
import type { FleetCommand, FleetReport } from "./screen-fleet";
import { dispatchedCaseId, type CaseDelta } from "./screen-clients";

const CONNECTING_AT_ONCE = 100;

const send = (report: FleetReport) => new Promise<void>((resolve) => process.send!(report, () => resolve()));

process.once("message", async (command: FleetCommand) => {
  if (command.type !== "start") return;
  const { baseUrl, clients, caseIds } = command;
  const index = new Map(caseIds.map((id, i) => [id, i]));
  const arrivals = new Float64Array(clients * caseIds.length).fill(Number.NaN);
  const dispatched = new Uint8Array(caseIds.length);
  let bytes = 0;

  // The first screen also reads its frames whole, to tell the benchmark when a case is dispatched.
  const watchDispatched = (frame: Buffer, at: number) => {
    const [event, deltas] = JSON.parse(frame.toString("utf8", 2)) as [string, CaseDelta[]];
    if (event !== "deltas") return;
    for (const delta of deltas) {
      const id = dispatchedCaseId(delta);
      const i = id === undefined ? undefined : index.get(id);
      if (i === undefined || dispatched[i]) continue;
      dispatched[i] = 1;
      void send({ type: "dispatched", index: i, at });
    }
  };

  const screens: FrameScreen[] = [];
  for (let start = 0; start < clients; start += CONNECTING_AT_ONCE) {
    const batch = [];
    for (let client = start; client < Math.min(clients, start + CONNECTING_AT_ONCE); client++) {
      const row = client * caseIds.length;
      batch.push(
        connectFrameScreen(baseUrl, (frame, at) => {
          bytes += frame.length;
          forEachCaseId(frame, (id) => {
            const i = index.get(id);
            if (i !== undefined && Number.isNaN(arrivals[row + i]!)) arrivals[row + i] = at;
          });
          if (client === 0) watchDispatched(frame, at);
        }),
      );
    }
    screens.push(...(await Promise.all(batch)));
  }
  await send({ type: "ready" });
  process.once("message", async (next: FleetCommand) => {
    if (next.type !== "stop") return;
    screens.forEach((s) => s.close());
    await send({ type: "arrivals", arrivals, bytes });
    process.disconnect();
  });
});
