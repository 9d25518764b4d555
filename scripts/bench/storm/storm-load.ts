import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../../..");

export interface LoadProcess {
  /** Resolves with the exit code when the process ends by itself or is stopped. */
  exited: Promise<number | null>;
  /** Its last lines of output, to explain a failure. */
  tail(): string;
  /** SIGTERM (the scripts stop cleanly on it), then waits for the exit. */
  stop(): Promise<number | null>;
}

export interface StormLoadOptions {
  baseUrl: string;
  tokens: { weather: string; sensors: string; positions: string };
  /** The storm instant the replay starts from, and how many storm hours it plays. */
  from: string;
  hours: number;
  speed: number;
}

/** `npm run typhoon` over In-Fa from `from`, against the stack: the same runner, as its own process. */
export function startReplay(options: StormLoadOptions): LoadProcess {
  const args = ["--storm", "infa", "--speed", String(options.speed), "--base-url", options.baseUrl, "--from", options.from, "--hours", String(options.hours)];
  return startScript("scripts/typhoon/main.ts", args, { WEATHER_GATEWAY_TOKEN: options.tokens.weather, SENSOR_GATEWAY_TOKEN: options.tokens.sensors });
}

/** The ordinary simulator (`scripts/simulate.ts`) at its normal rate, with a fixed seed. */
export function startSimulator(options: Pick<StormLoadOptions, "baseUrl" | "tokens">): LoadProcess {
  return startScript("scripts/simulate.ts", ["--base-url", options.baseUrl, "--seed", "storm-night"], {
    POSITIONS_GATEWAY_TOKEN: options.tokens.positions,
    SENSOR_GATEWAY_TOKEN: options.tokens.sensors,
  });
}

function startScript(script: string, args: string[], env: Record<string, string>): LoadProcess {
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", script, ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-8_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return {
    exited,
    tail: () => output,
    stop: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      return exited;
    },
  };
}
