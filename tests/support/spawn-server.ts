import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { testGatewayTokens } from "./services";

const root = path.resolve(import.meta.dirname, "../..");

export interface RunningServer {
  baseUrl: string;
  pid: number;
  logs: () => string;
  stop(): Promise<void>;
}

// Enough of a process's output to explain a failure, without growing for hours under load.
const KEPT_OUTPUT_CHARS = 256 * 1024;

/**
 * Starts the real entry point (server.ts, production build) as its own process and waits for it
 * to say it listens. ROLE=worker processes have no URL; their baseUrl is empty. `entry` runs another
 * script the same way (the benchmark's baseline server); `nodeArgs` go to node (e.g. --cpu-prof).
 */
export async function spawnServer(
  env: Record<string, string>,
  { timeoutMs = 90_000, entry = "server.ts", nodeArgs = [] }: { timeoutMs?: number; entry?: string; nodeArgs?: string[] } = {},
): Promise<RunningServer> {
  if (entry === "server.ts" && env.ROLE !== "worker" && !existsSync(path.join(root, ".next", "BUILD_ID"))) {
    throw new Error("no production build: run `npm run build` before the integration tests");
  }
  const child = spawn(process.execPath, [...nodeArgs, "--import", "tsx", entry], {
    cwd: root,
    env: { ...process.env, NODE_ENV: "production", HOST: "127.0.0.1", PORT: "0", NEXT_TELEMETRY_DISABLED: "1", ...testGatewayTokens, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const keep = (chunk: Buffer) => {
    output += chunk.toString();
    if (output.length > 2 * KEPT_OUTPUT_CHARS) output = output.slice(-KEPT_OUTPUT_CHARS);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);

  const baseUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const check = () => {
      const listening = /listening on (http:\/\/\S+)/.exec(output);
      const workerUp = env.ROLE === "worker" && output.includes("worker started");
      if (listening || workerUp) {
        clearTimeout(timer);
        resolve(listening?.[1] ?? "");
      }
    };
    child.stdout?.on("data", check);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before listening:\n${output}`));
    });
  });

  return { baseUrl, pid: child.pid ?? 0, logs: () => output, stop: () => stopProcess(child) };
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    child.kill("SIGTERM");
  });
}
