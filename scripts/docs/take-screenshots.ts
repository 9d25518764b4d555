/**
 * The README's screenshots, from a running tonglan with the demo city (`npm run demo` in another
 * terminal): the wall screen at 1920×1080, the dispatcher console with a case open, and a grid
 * worker's phone. Debian's chromium, as the end-to-end tests use it.
 *
 *   npx tsx scripts/docs/take-screenshots.ts [--base-url http://127.0.0.1:3000] [--out docs/img] [--settle-ms 20000]
 */
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium, type Browser, type BrowserContext } from "@playwright/test";
import { DEMO_PASSWORD } from "@/lib/city/shanghai/demo-users";
import { chromiumArgs, chromiumPath } from "@/tests/support/chromium";

const { values } = parseArgs({
  options: {
    "base-url": { type: "string", default: "http://127.0.0.1:3000" },
    out: { type: "string", default: "docs/img" },
    // How long the wall screen watches the live stream before its picture: long enough for cases to gather.
    "settle-ms": { type: "string", default: "20000" },
  },
});
const baseURL = values["base-url"];
const out = path.resolve(values.out);
const settleMs = Number(values["settle-ms"]);

async function signedIn(browser: Browser, username: string, options: Parameters<Browser["newContext"]>[0]): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL, locale: "zh-CN", timezoneId: "Asia/Shanghai", ...options });
  const response = await context.request.post("/api/auth/sign-in", { data: { username, password: DEMO_PASSWORD } });
  if (!response.ok()) throw new Error(`sign-in as ${username}: HTTP ${response.status()}`);
  return context;
}

async function wallScreen(browser: Browser): Promise<void> {
  const context = await signedIn(browser, "operator", { viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  await page.goto("/");
  await page.getByTestId("connection-status").and(page.locator('[data-state="connected"]')).waitFor();
  await page.waitForTimeout(settleMs);
  await page.screenshot({ path: path.join(out, "wall-screen.png") });
  await context.close();
}

async function dispatchConsole(browser: Browser): Promise<void> {
  const context = await signedIn(browser, "dispatcher", { viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  await page.goto("/dispatch");
  await page.locator('[data-testid="dispatch-queue"][data-status="ready"]').waitFor();
  await page.getByTestId("queue-row").first().getByRole("button").click();
  await page.getByTestId("case-history").waitFor();
  await page.screenshot({ path: path.join(out, "dispatch-console.png") });
  await context.close();
}

async function phone(browser: Browser): Promise<void> {
  const context = await signedIn(browser, "worker", {
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    geolocation: { latitude: 31.20734, longitude: 121.47931, accuracy: 12 },
    permissions: ["geolocation"],
  });
  const page = await context.newPage();
  await page.goto("/m");
  await page.locator('[data-testid="live-status"][data-connected="true"]').waitFor();
  await page.screenshot({ path: path.join(out, "phone.png") });
  await context.close();
}

await mkdir(out, { recursive: true });
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  for (const shot of [wallScreen, dispatchConsole, phone]) {
    await shot(browser);
    console.log(`${shot.name}: done`);
  }
} finally {
  await browser.close();
}
console.log(`screenshots in ${out}`);
