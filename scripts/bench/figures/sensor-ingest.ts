import { waitForDrain } from "../drain";
import type { BenchEnv, BenchFigure, BenchStack, Measurement } from "../figure";
import { createBenchSensors, readingBodies, type BenchSensors } from "../load/bench-sensors";
import { runClosedLoop } from "../load/closed-loop";

const BATCH = 10_000;
const CONNECTIONS = 4;
const PATH = "/api/sensors/readings";

/** Posts `count` readings from `start` in bodies of `batchSize` and answers readings landed in the table per second. */
async function ingest(stack: BenchStack, sensors: BenchSensors, start: Date, count: number, batchSize: number, env: BenchEnv, label: string): Promise<number> {
  const { bodies, end } = readingBodies(sensors.ids, start, count, batchSize);
  const result = await runClosedLoop({
    baseUrl: stack.baseUrl,
    path: PATH,
    count: bodies.length,
    connections: CONNECTIONS,
    body: (i) => bodies[i]!,
    headers: stack.gateways.sensors,
  });
  const landed = await sensors.readingsLanded(start, end);
  env.log(`sensor ingest ${label}: ${landed}/${count} readings landed in ${Math.round(result.elapsedMs)} ms, statuses ${JSON.stringify(result.statuses)}`);
  return landed / (result.elapsedMs / 1000);
}

/**
 * Readings from gateways into sensor_readings over HTTP: batches of 10,000 (one bulk insert each)
 * on a few connections, beside the same endpoint fed one reading per request. Rows are counted in
 * the table, not taken from the answers.
 */
export const sensorIngestFigure: BenchFigure = {
  name: "sensor ingest",
  async trial(env: BenchEnv): Promise<Measurement[]> {
    const count = env.smoke ? 40_000 : 500_000;
    const singles = env.smoke ? 500 : 2_000;
    const stack = await env.stack();
    await waitForDrain(stack);
    const sensors = await createBenchSensors(stack.databaseUrl, "ingest", 2_000);
    try {
      const batched = await ingest(stack, sensors, new Date("2026-07-25T00:00:00Z"), count, BATCH, env, "batched");
      const oneByOne = await ingest(stack, sensors, new Date("2026-07-26T00:00:00Z"), singles, 1, env, "one per request");
      return [
        {
          key: "sensors.readings_per_s",
          figure: `sensor readings stored, batches of ${BATCH.toLocaleString("en")} on ${CONNECTIONS} connections (${count.toLocaleString("en")} readings)`,
          unit: "readings/s",
          tonglan: batched,
          baseline: oneByOne,
          baselineName: "one reading per request",
          better: "higher",
          bar: "≥ 50,000/s",
          meetsBar: batched >= 50_000,
        },
      ];
    } finally {
      await sensors.remove();
    }
  },
};
