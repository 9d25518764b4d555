/** One figure of the benchmark table: tonglan beside a naive baseline measured in the same trial. */
export interface Measurement {
  /** Stable key across trials, e.g. "burst.travel"; the harness takes the median per key. */
  key: string;
  /** The row's label, e.g. "burst assignment: total travel (500 cases, 300 workers)". */
  figure: string;
  unit: string;
  tonglan: number;
  /** NaN where no baseline does the same job (shown as "–"). */
  baseline: number;
  /** What the baseline is, in a few words, e.g. "greedy nearest-first". */
  baselineName: string;
  /** The most this machine allows, measured in the same trial by something doing only the bare minimum of the job. */
  limit?: number;
  /** What that bare minimum is, in a few words. */
  limitName?: string;
  better: "higher" | "lower";
  /** The bar from PRODUCT.md §11, as written there, when it names one. */
  bar?: string;
  /** Whether tonglan's value reaches that bar. */
  meetsBar?: boolean;
}

/** The real stack as it runs in production, started once per benchmark run and shared by the figures. */
export interface BenchStack {
  /** The web process (ROLE=web): HTTP API and socket.io. */
  baseUrl: string;
  /** The system of record, a scratch database of its own. */
  databaseUrl: string;
  redisUrl: string;
  /** The REDIS_PREFIX the processes use: queues, GEO positions and socket channels live under it. */
  redisPrefix: string;
  /** `Authorization` headers of the machines that write, as the web process requires them. */
  gateways: { sensors: Record<string, string>; positions: Record<string, string> };
  /** The same machines' tokens bare, for scripts that take them from the environment (the simulator, the typhoon replay). */
  gatewayTokens: { sensors: string; positions: string; weather: string };
  /** Process ids, to read memory from /proc. */
  webPid: number;
  workerPids: number[];
}

/** The naive baseline server (scripts/bench/baseline/naive-server.ts): POST anywhere, socket.io on the same port. */
export interface BaselineServer {
  baseUrl: string;
  pid: number;
}

export interface BenchEnv {
  /** A short run for CI: fewer and smaller trials, same code paths. */
  smoke: boolean;
  log(message: string): void;
  /** Starts the stack on first call; later calls get the same one. */
  stack(): Promise<BenchStack>;
  /** Starts the naive baseline server on first call, on the same database and worker positions. */
  baseline(): Promise<BaselineServer>;
  /** Starts the limit server on first call (scripts/bench/baseline/queue-only-server.ts), on the stack's Redis. */
  limit(): Promise<BaselineServer>;
  /** A stack of a figure's own, with its own roster and environment; the figure stops it. */
  ownStack(options: { reserveWorkers: number; env?: Record<string, string> }): Promise<BenchStack & { stop(): Promise<void> }>;
}

export interface BenchFigure {
  name: string;
  /** One trial; the harness runs several, interleaving figures, and prints medians. */
  trial(env: BenchEnv): Promise<Measurement[]>;
}
