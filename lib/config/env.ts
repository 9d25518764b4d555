import { z } from "zod";
import { MAP_FILES_PATH } from "@/lib/contracts/base-map";
import { parseAddressRanges, type AddressRange } from "@/lib/http/address-range";

const booleanFlag = z
  .enum(["1", "0", "true", "false", "yes", "no", "on", "off"])
  .transform((v) => ["1", "true", "yes", "on"].includes(v));

export const logLevels = ["info", "debug"] as const;
export type LogLevel = (typeof logLevels)[number];

const addressRanges = z.string().transform((list, ctx): AddressRange[] => {
  try {
    return parseAddressRanges(list);
  } catch (error) {
    ctx.addIssue({ code: "custom", message: (error as Error).message });
    return z.NEVER;
  }
});

// A URL the browser fetches: on another server (http, https) or on this one (a path from its root).
const browserUrl = z.string().refine((url) => /^https?:\/\/[^/]/.test(url) || /^\/[^/]/.test(url), "an http(s) URL or a path starting with /");
const mapStyleUrl = z.string().refine(
  (url) => browserUrl.safeParse(url.startsWith("pmtiles://") ? url.slice("pmtiles://".length) : url).success,
  "a style's http(s) URL or /path, or a PMTiles archive's (ending .pmtiles, or pmtiles:// before the URL)",
);

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  ROLE: z.enum(["all", "web", "worker"]).default("all"),
  // debug: also a line per resident notification when no webhook sends them (info: a summary a minute).
  LOG_LEVEL: z.enum(logLevels).default("info"),
  HOST: z.string().default("0.0.0.0"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  REDIS_URL: z.url().default("redis://127.0.0.1:6379"),
  REDIS_PREFIX: z
    .string()
    .regex(/^[a-zA-Z0-9_-]+$/, "letters, digits, _ and - only")
    .default("tonglan"),
  DATABASE_URL: z.url().optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(30),
  PGLITE_DIR: z.string().default("./data/pglite"),
  MAX_EVENT_BYTES: z.coerce.number().int().positive().default(64 * 1024),
  UPLOAD_DIR: z.string().min(1).default("./data/uploads"),
  MAX_PHOTO_BYTES: z.coerce.number().int().min(1024).default(8 * 1024 * 1024),
  DISPATCH_ROAD_FACTOR: z.coerce.number().min(1).max(3).default(1.3),
  DISPATCH_SEARCH_KM: z.coerce.number().positive().default(8),
  // A worker whose phone has sent no fix for this many real minutes is no candidate for dispatch.
  WORKER_POSITION_STALE_MINUTES: z.coerce.number().positive().default(10),
  DELTA_LOG_LENGTH: z.coerce.number().int().min(100).default(20_000),
  SLA_MINUTE_MS: z.coerce.number().int().min(1).default(60_000),
  SUMMON_MINUTES_ROUTINE: z.coerce.number().int().min(1).default(24 * 60),
  SUMMON_MINUTES_HARD: z.coerce.number().int().min(1).default(120),
  SUMMON_MINUTES_EMERGENCY: z.coerce.number().int().min(1).default(30),
  // A screen further behind than this many deltas is told to load the snapshot instead of replaying them.
  CATCH_UP_MAX_DELTAS: z.coerce.number().int().min(1).default(2_000),
  // Catch-ups one socket may ask for in any 10 s (a token bucket: this many at once, refilled over 10 s).
  SOCKET_CATCH_UPS_PER_10S: z.coerce.number().int().min(1).default(3),
  // ... and all sockets from one client address together (wall screens behind one NAT reconnecting at once).
  SOCKET_CATCH_UPS_PER_ADDRESS_PER_10S: z.coerce.number().int().min(1).default(30),
  // How often an open socket re-reads its session, to notice expiry, role changes and removed sessions.
  SOCKET_SESSION_CHECK_MS: z.coerce.number().int().min(50).default(60_000),
  // POST /api/events per minute: per client address (anonymous), per signed-in user, per idempotency key.
  INTAKE_PER_ADDRESS_PER_MINUTE: z.coerce.number().int().min(1).default(120),
  INTAKE_PER_USER_PER_MINUTE: z.coerce.number().int().min(1).default(120),
  INTAKE_PER_KEY_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  // Client addresses never limited at intake when they call directly, not through a proxy (the simulator, the benchmark).
  INTAKE_LIMIT_EXEMPT: addressRanges.default(parseAddressRanges("127.0.0.0/8,::1")),
  KPI_INTERVAL_MS: z.coerce.number().int().min(200).default(2_000),
  // Key of residents' tracking links; unset: one generated on first start and kept in the database.
  TRACKING_SECRET: z.string().min(32, "at least 32 characters").optional(),
  NOTIFY_WEBHOOK_URL: z.url().optional(),
  NOTIFY_WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).default(5_000),
  // Where residents reach this site, to put whole links in notifications; unset: paths only.
  PUBLIC_BASE_URL: z.url().optional(),
  // Sensor gateways send it as `Authorization: Bearer …`; unset: readings are taken from anyone.
  SENSOR_GATEWAY_TOKEN: z.string().min(32, "at least 32 characters").optional(),
  // Whatever batches phones' GPS pings sends it likewise; unset: positions are taken from anyone.
  POSITIONS_GATEWAY_TOKEN: z.string().min(32, "at least 32 characters").optional(),
  // A weather service's feed sends it likewise with forecasts and warnings; unset: they are taken from anyone.
  WEATHER_GATEWAY_TOKEN: z.string().min(32, "at least 32 characters").optional(),
  // In production a gateway without its token stops the process, unless this says that only the
  // gateways can reach those routes (a closed network, or a proxy that authenticates them).
  GATEWAYS_ON_CLOSED_NETWORK: booleanFlag.default(false),

  // Proxies whose X-Forwarded-For is believed (IPs and CIDRs, comma-separated); empty: the socket's peer is the client.
  TRUSTED_PROXIES: addressRanges.default([]),
  SEED_DEMO_CITY: booleanFlag.default(false),
  // Until every screen signs in: anonymous sockets may watch the wall screen.
  PUBLIC_SCREEN: booleanFlag.default(true),
  // The base map under every map (docs/operations.md#base-map); neither set: the bundled offline style.
  MAP_STYLE_URL: mapStyleUrl.optional(),
  // Served read-only at /api/map/files/<name> (with HTTP ranges, as PMTiles needs): a style and its archive kept here.
  MAP_FILES_DIR: z.string().min(1).optional(),
  MAPBOX_TOKEN: z.string().min(1).optional(),
  MAPBOX_STYLE: z
    .string()
    .refine((url) => /^(mapbox|https):\/\/[^/]/.test(url), "a mapbox:// or https:// style URL")
    .default("mapbox://styles/mapbox/streets-v12"),
  // Serves the benchmark's pages (/bench/…); only `npm run bench` turns it on.
  BENCH_PAGES: booleanFlag.default(false),
});

const gatewayTokens = ["SENSOR_GATEWAY_TOKEN", "POSITIONS_GATEWAY_TOKEN", "WEATHER_GATEWAY_TOKEN"] as const;

/** Production never opens a machine gateway to anyone by accident; the base map has one source. */
const safeEnvSchema = envSchema.superRefine((config, context) => {
  if (config.MAP_STYLE_URL && config.MAPBOX_TOKEN) {
    context.addIssue({ code: "custom", path: ["MAPBOX_TOKEN"], message: "set MAP_STYLE_URL or MAPBOX_TOKEN, not both" });
  }
  if (config.MAP_STYLE_URL?.replace(/^pmtiles:\/\//, "").startsWith(MAP_FILES_PATH) && !config.MAP_FILES_DIR) {
    context.addIssue({ code: "custom", path: ["MAP_FILES_DIR"], message: `required when MAP_STYLE_URL is under ${MAP_FILES_PATH}` });
  }
  if (config.NODE_ENV !== "production" || config.GATEWAYS_ON_CLOSED_NETWORK) return;
  for (const name of gatewayTokens) {
    if (config[name]) continue;
    context.addIssue({
      code: "custom",
      path: [name],
      message: "required when NODE_ENV=production (or set GATEWAYS_ON_CLOSED_NETWORK=true if only the gateways can reach this server)",
    });
  }
});

export type AppConfig = z.infer<typeof envSchema>;

/** Every variable tonglan reads, as `.env.example` must list them. */
export const configVariables = Object.keys(envSchema.shape) as (keyof AppConfig)[];

/** Parses an environment once; anything invalid stops the process with the variable named. */
export function parseConfig(env: Record<string, string | undefined>): AppConfig {
  const result = safeEnvSchema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`invalid configuration: ${problems}`);
  }
  return result.data;
}

let cached: AppConfig | undefined;

export function loadConfig(): AppConfig {
  cached ??= parseConfig(process.env);
  return cached;
}
