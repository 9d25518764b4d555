/**
 * The README's screenshots, from a running tonglan with the demo city (`npm run demo` in another
 * terminal): the wall screen at 1920×1080, the same in typhoon mode (best with `npm run demo -- --typhoon
 * infa` or `npm run typhoon` playing against it), the dispatcher console with a case open, its risk points
 * with the top one's suggested actions (once the replay has brought rain), and a grid worker's phone. Debian's chromium, as the end-to-end tests use it. It reports three problems where
 * the demo user "worker" (W0001, whom the simulator leaves alone) stands, so that the phone has tasks.
 *
 *   npx tsx scripts/docs/take-screenshots.ts [--base-url http://127.0.0.1:3000] [--out docs/img] [--settle-ms 20000]
 *                                            [--only typhoonMode,riskPoints]   (the shots by name; default all)
 */
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium, type Browser, type BrowserContext } from "@playwright/test";
import { workers } from "@/lib/city/shanghai";
import { DEMO_PASSWORD } from "@/lib/city/shanghai/demo-users";
import { chromiumArgs, chromiumPath } from "@/tests/support/chromium";

const { values } = parseArgs({
  options: {
    "base-url": { type: "string", default: "http://127.0.0.1:3000" },
    out: { type: "string", default: "docs/img" },
    // How long the wall screen watches the live stream before its picture: long enough for cases to gather.
    "settle-ms": { type: "string", default: "20000" },
    only: { type: "string" },
  },
});
const baseURL = values["base-url"];
const out = path.resolve(values.out);
const settleMs = Number(values["settle-ms"]);
const w1 = workers.find((w) => w.id === "W0001")!;
const tasksForTheWorker = [
  ["garbage_pileup", "小区门口垃圾堆积，无人清运"],
  ["shared_bike_clutter", "地铁站出口共享单车乱停，盲道被挡"],
  ["street_vending", "路口有流动摊贩占道经营"],
] as const;

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

/** The operator turns typhoon mode on, looks, and turns it back off unless a warning in force holds it. */
async function typhoonMode(browser: Browser): Promise<void> {
  const context = await signedIn(browser, "operator", { viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  await page.goto("/");
  await page.getByTestId("connection-status").and(page.locator('[data-state="connected"]')).waitFor();
  const switchedHere = (await page.locator("[data-wall-screen][data-typhoon]").count()) === 0;
  if (switchedHere) await page.getByTestId("typhoon-switch").click();
  await page.locator("[data-wall-screen][data-typhoon]").waitFor();
  await page.waitForTimeout(settleMs / 2);
  await page.screenshot({ path: path.join(out, "typhoon-mode.png") });
  if (switchedHere) await page.getByTestId("typhoon-switch").click();
  await context.close();
}

async function dispatchConsole(browser: Browser): Promise<void> {
  const context = await signedIn(browser, "dispatcher", { viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  await page.goto("/dispatch");
  await page.locator('[data-testid="dispatch-queue"][data-status="ready"]').waitFor();
  await page.getByTestId("queue-row").first().getByRole("button").click();
  await page.getByTestId("case-history").waitFor();
  await page.getByTestId("case-detail").locator("canvas").first().waitFor();
  // The case map flies to the case and its nearest workers once its style has loaded.
  await page.waitForTimeout(3_000);
  await page.screenshot({ path: path.join(out, "dispatch-console.png") });
  await context.close();
}

/** The console's 风险点 view with the top point open: its reasons and what to send there. Skipped while no risk is computed. */
async function riskPoints(browser: Browser): Promise<void> {
  const context = await signedIn(browser, "dispatcher", { viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  await page.goto("/dispatch");
  await page.getByTestId("console-view-risk").click();
  await page.getByTestId("risk-horizon-3h").click();
  const top = page.getByTestId("risk-point-row").first();
  if (!(await top.waitFor({ timeout: 30_000 }).then(() => true).catch(() => false))) {
    console.log("riskPoints: no risk point yet (replay a storm first), skipped");
    await context.close();
    return;
  }
  await top.click();
  await page.getByTestId("risk-action-pump").waitFor();
  await page.waitForTimeout(2_000);
  await page.screenshot({ path: path.join(out, "risk-points.png") });
  await context.close();
}

async function phone(browser: Browser): Promise<void> {
  const context = await signedIn(browser, "worker", {
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    geolocation: { latitude: w1.lat, longitude: w1.lng, accuracy: 12 },
    permissions: ["geolocation"],
  });
  for (const [category, description] of tasksForTheWorker) {
    const response = await context.request.post("/api/events", {
      data: { channel: "resident_app", category, description, location: { lat: w1.lat + 0.002 * Math.random(), lng: w1.lng + 0.002 * Math.random() } },
    });
    if (response.status() !== 202) throw new Error(`reporting near W0001: HTTP ${response.status()}`);
  }
  const page = await context.newPage();
  await page.goto("/m");
  await page.getByTestId("task-card").nth(tasksForTheWorker.length - 1).waitFor();
  await page.locator('[data-testid="live-status"][data-connected="true"]').waitFor();
  await page.screenshot({ path: path.join(out, "phone.png") });
  await context.close();
}

await mkdir(out, { recursive: true });
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  const shots = [wallScreen, typhoonMode, dispatchConsole, riskPoints, phone];
  const only = values.only?.split(",");
  for (const shot of only ? shots.filter((s) => only.includes(s.name)) : shots) {
    await shot(browser);
    console.log(`${shot.name}: done`);
  }
} finally {
  await browser.close();
}
console.log(`screenshots in ${out}`);
