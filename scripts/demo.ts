/**
 * The whole system with the Shanghai demo city: Redis (a local one unless REDIS_URL is set),
 * PostgreSQL (embedded PGlite unless DATABASE_URL is set), the production build of the web app,
 * one process with web + workers, and the simulator playing the city's people on a time-lapse clock
 * (SLA_MINUTE_MS, 5 s by default). The gateway tokens (random for the run unless set) go to both the
 * server, which then takes positions and readings from nobody else, and the simulator. With
 * `--typhoon infa|lekima` a typhoon replay (scripts/typhoon) plays over the city too, at `--typhoon-speed`
 * (one storm hour in ten seconds by default), with the weather and sensor gateways' tokens. Ctrl-C stops everything.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startChild, runToEnd, stopAll, waitForOutput } from "./demo/child-processes";
import { parseDemoArgs } from "./demo/demo-args";
import { demoOptionsSchema } from "./demo/demo-options";
import { ensureLocalRedis } from "./demo/local-redis";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
let stopping = false;

async function main(): Promise<void> {
  const args = parseDemoArgs(process.argv.slice(2));
  const options = demoOptionsSchema.parse(process.env);
  const redisUrl = options.REDIS_URL ?? (await ensureLocalRedis(root, options.LOCAL_REDIS_PORT));
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", SLA_MINUTE_MS: String(options.SLA_MINUTE_MS) };
  const gateways = {
    SENSOR_GATEWAY_TOKEN: options.SENSOR_GATEWAY_TOKEN,
    POSITIONS_GATEWAY_TOKEN: options.POSITIONS_GATEWAY_TOKEN,
    WEATHER_GATEWAY_TOKEN: options.WEATHER_GATEWAY_TOKEN,
  };

  if (options.DEMO_SKIP_BUILD === "0") await runToEnd("build", "npx", ["next", "build"], { cwd: root, env });

  const server = startChild("server", process.execPath, ["--import", "tsx", "server.ts"], {
    cwd: root,
    env: { ...env, ...gateways, NODE_ENV: "production", REDIS_URL: redisUrl, PORT: String(options.PORT), SEED_DEMO_CITY: "1" },
  });
  await waitForOutput(server, /listening on http:\/\/\S+/, 120_000);
  const baseUrl = `http://127.0.0.1:${options.PORT}`;

  startChild("simulator", process.execPath, ["--import", "tsx", "scripts/simulate.ts", "--base-url", baseUrl, "--peak", String(options.SIMULATOR_PEAK_PER_MINUTE)], {
    cwd: root,
    env: { ...env, ...gateways },
  });
  if (args.typhoon) {
    const replay = ["--import", "tsx", "scripts/typhoon/main.ts", "--storm", args.typhoon, "--speed", String(args.typhoonSpeed), "--base-url", baseUrl];
    startChild("typhoon", process.execPath, replay, { cwd: root, env: { ...env, ...gateways } });
  }
  console.log(`\n  一屏统览 tonglan is running: open http://localhost:${options.PORT}/  (Ctrl-C to stop)\n`);
  server.once("exit", (code) => {
    if (stopping) return;
    console.error(`[demo] server exited with ${code}`);
    void stopAll().then(() => process.exit(1));
  });
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log(`\n[demo] ${signal}: stopping`);
    void stopAll().then(() => process.exit(0));
  });
}

main().catch(async (error: unknown) => {
  console.error("[demo] failed:", error instanceof Error ? error.message : error);
  await stopAll();
  process.exit(1);
});
