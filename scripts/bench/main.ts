/**
 * `npm run bench`: starts the real stack (Redis, PostgreSQL, a web process and workers as in
 * production) and a naive baseline beside it, runs every figure in interleaved trials and prints
 * the medians as one table, with the machine it ran on. `--smoke` is the short run CI does.
 */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { redisKeys } from "@/lib/realtime/redis-keys";
import { testPostgresAdminUrl, testRedisUrl } from "@/tests/support/services";
import { spawnServer, type RunningServer } from "@/tests/support/spawn-server";
import type { BaselineServer, BenchEnv, Measurement } from "./figure";
import { figures } from "./figures";
import { describeMachine } from "./machine";
import { chosenFigures, parseBenchOptions, usage } from "./options";
import { replayBoston } from "./replay/replay-boston";
import { startStack, type RunningStack } from "./stack";
import { formatNumber, formatTable, medianOfTrials, toJsonFigures } from "./table";

const root = path.resolve(import.meta.dirname, "../..");
const log = (message: string) => console.log(`[bench] ${message}`);

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed with ${result.status}`);
}

async function main(): Promise<void> {
  let options;
  try {
    options = parseBenchOptions(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    process.exit(2);
  }
  const chosen = options.figures ? chosenFigures(figures, options.only) : [];
  if (chosen.length === 0 && !options.replay) throw new Error(`no figure matches ${options.only.join(", ")}: ${figures.map((f) => f.name).join(", ")}`);

  run("bash", ["scripts/ensure-debian-packages.sh", "chromium", "fonts-noto-cjk", "redis-server", "postgresql-client"]);
  run("bash", ["scripts/ensure-test-services.sh"]);
  if (options.build) run("npx", ["next", "build"]);
  const machine = await describeMachine(testRedisUrl, testPostgresAdminUrl);

  let stack: Promise<RunningStack> | undefined;
  let baseline: Promise<RunningServer> | undefined;
  let limit: Promise<RunningServer> | undefined;
  const env: BenchEnv = {
    smoke: options.smoke,
    log,
    stack: () =>
      (stack ??= startStack({
        workerProcesses: options.workerProcesses,
        reserveWorkers: options.smoke ? 2_000 : 10_000,
        ...(options.profileDir && { profileDir: options.profileDir }),
        log,
      })),
    baseline: async (): Promise<BaselineServer> => {
      const running = await env.stack();
      baseline ??= spawnServer(
        { DATABASE_URL: running.databaseUrl, REDIS_URL: running.redisUrl, POSITIONS_KEY: redisKeys(running.redisPrefix).workerPositions },
        { timeoutMs: 30_000, entry: "scripts/bench/baseline/naive-server.ts" },
      );
      const server = await baseline;
      return { baseUrl: server.baseUrl, pid: server.pid };
    },
    limit: async (): Promise<BaselineServer> => {
      const running = await env.stack();
      limit ??= spawnServer(
        { REDIS_URL: running.redisUrl, REDIS_PREFIX: running.redisPrefix },
        { timeoutMs: 30_000, entry: "scripts/bench/baseline/queue-only-server.ts" },
      );
      const server = await limit;
      return { baseUrl: server.baseUrl, pid: server.pid };
    },
    ownStack: (own) => startStack({ workerProcesses: options.workerProcesses, ...own, log }),
  };

  const stopAll = async () => {
    await (await baseline?.catch(() => undefined))?.stop();
    await (await limit?.catch(() => undefined))?.stop();
    await (await stack?.catch(() => undefined))?.stop();
    baseline = undefined;
    limit = undefined;
    stack = undefined;
  };

  const trials: Measurement[][] = [];
  let replay = "";
  try {
    for (let trial = 1; trial <= options.trials; trial++) {
      for (const figure of chosen) {
        log(`trial ${trial}/${options.trials}: ${figure.name}`);
        const measured = await figure.trial(env);
        for (const m of measured) log(`  ${m.key}: tonglan ${formatNumber(m.tonglan)} ${m.unit}, baseline ${formatNumber(m.baseline)} ${m.unit}`);
        trials.push(measured);
      }
    }
    if (options.replay) {
      // On a stack of its own: after the trials, the city holds their tens of thousands of open
      // cases and its workers their loads, and the replay would measure that backlog.
      await stopAll();
      replay = await replayBoston(env);
    }
  } finally {
    // The figures come out before the clean-up, so that a failing clean-up cannot lose them.
    console.log(`\n## tonglan benchmark${options.smoke ? " (smoke)" : ""}: median of ${options.trials} trial(s), ${new Date().toISOString()}`);
    console.log(`machine: ${machine}\n`);
    const rows = medianOfTrials(trials);
    if (rows.length > 0) console.log(formatTable(rows));
    if (options.json) {
      writeFileSync(options.json, `${JSON.stringify(toJsonFigures(rows), null, 2)}\n`);
      log(`figures written to ${options.json}`);
    }
    if (replay) console.log(`\n${replay}`);
    await stopAll();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error("[bench] failed:", error);
    process.exit(1);
  },
);
