import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "./tests/support/chromium";
import { testGatewayTokens, testRedisUrl } from "./tests/support/services";

// Evaluated again in every Playwright worker: pin the run's isolation values in the environment once.
process.env.E2E_PREFIX ??= `e2e-${randomBytes(4).toString("hex")}`;
process.env.E2E_PGLITE_DIR ??= mkdtempSync(path.join(tmpdir(), "tonglan-e2e-"));
process.env.E2E_UPLOAD_DIR ??= mkdtempSync(path.join(tmpdir(), "tonglan-e2e-uploads-"));
// Specs post as the weather service's gateway: the server and every worker must share one token.
process.env.E2E_WEATHER_GATEWAY_TOKEN ??= testGatewayTokens.WEATHER_GATEWAY_TOKEN;
const port = Number(process.env.E2E_PORT ?? 3947);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "**/*.spec.ts",
  outputDir: "test-results/e2e-artifacts",
  globalTeardown: "./tests/e2e/global-teardown.ts",
  fullyParallel: false,
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  use: {
    baseURL,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    viewport: { width: 1920, height: 1080 },
    screenshot: "on",
    trace: "retain-on-failure",
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
  },
  webServer: {
    // The real entry point on the production build, with embedded PGlite and its own Redis prefix.
    command: "node --import tsx server.ts",
    url: `${baseURL}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      HOST: "127.0.0.1",
      PORT: String(port),
      REDIS_URL: testRedisUrl,
      REDIS_PREFIX: process.env.E2E_PREFIX,
      PGLITE_DIR: process.env.E2E_PGLITE_DIR,
      UPLOAD_DIR: process.env.E2E_UPLOAD_DIR,
      SEED_DEMO_CITY: "1",
      ...testGatewayTokens,
      WEATHER_GATEWAY_TOKEN: process.env.E2E_WEATHER_GATEWAY_TOKEN,
      KPI_INTERVAL_MS: "1000",
      // One SLA minute lasts 5 s here: an 应急哨 set to one minute expires within a test, sign-for deadlines do not.
      SLA_MINUTE_MS: "5000",
      SUMMON_MINUTES_EMERGENCY: "1",
    },
  },
});
