import { randomBytes } from "node:crypto";

/** The real services the integration and end-to-end tests talk to. */
export const testRedisUrl = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
export const testPostgresAdminUrl = process.env.TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test";

/** A Redis key and queue prefix no other test or demo uses. */
export function uniquePrefix(label: string): string {
  return `t-${label}-${randomBytes(4).toString("hex")}`;
}

// Pinned in the environment on first use, so Playwright's workers (forked from the runner that started
// the server) send the very tokens the server was given.
process.env.TEST_SENSOR_GATEWAY_TOKEN ??= `test-sensors-${randomBytes(16).toString("hex")}`;
process.env.TEST_POSITIONS_GATEWAY_TOKEN ??= `test-positions-${randomBytes(16).toString("hex")}`;
process.env.TEST_WEATHER_GATEWAY_TOKEN ??= `test-weather-${randomBytes(16).toString("hex")}`;

/**
 * The gateway tokens every production server a test starts requires (as production always does), unless
 * the test gives its own; a test that posts readings or positions sends them. Pinned in the environment on
 * first use, so Playwright's workers (which evaluate this again) send the tokens its web server was given.
 */
export const testGatewayTokens = {
  SENSOR_GATEWAY_TOKEN: process.env.TEST_SENSOR_GATEWAY_TOKEN,
  POSITIONS_GATEWAY_TOKEN: process.env.TEST_POSITIONS_GATEWAY_TOKEN,
  WEATHER_GATEWAY_TOKEN: process.env.TEST_WEATHER_GATEWAY_TOKEN,
} as const;
