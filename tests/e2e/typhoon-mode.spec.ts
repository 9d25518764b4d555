import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import type { Sensor } from "@/lib/contracts/sensor";
import type { Forecast, StoredForecast } from "@/lib/contracts/forecast";
import type { Snapshot } from "@/lib/contracts/snapshot";
import type { TyphoonTimeline } from "@/lib/contracts/typhoon-timeline";
import { testGatewayTokens } from "../support/services";
import { expectApart } from "./support/layout";

// The demo city's gauges, read as data: Playwright's loader takes no JSON modules.
const sensors = JSON.parse(readFileSync(path.join(import.meta.dirname, "../../lib/city/shanghai/sensors.json"), "utf8")) as Sensor[];
const hour = 3_600_000;
const issuedAt = (hoursAgo: number) => new Date(Math.floor(Date.now() / hour) * hour - hoursAgo * hour).toISOString();

/** In-Fa's approach, south-east of the city and moving north-west, issued `hoursAgo`. */
function forecast(hoursAgo: number, lat: number, lon: number): Forecast {
  const issued = issuedAt(hoursAgo);
  const radii = (km: number) => ({ northEast: km, southEast: km, southWest: km * 0.75, northWest: km * 0.8 });
  return {
    source: "e2e",
    storm: { id: "2106", name: "烟花" },
    issuedAt: issued,
    points: [0, 6, 12, 24, 48].map((leadHours) => ({
      leadHours,
      validAt: new Date(Date.parse(issued) + leadHours * hour).toISOString(),
      lat: lat + leadHours * 0.07,
      lon: lon - leadHours * 0.06,
      pressureHpa: 965,
      maxWindMs: 38,
      windRadiiKm: { gale: radii(260), storm: radii(90) },
    })),
    cone: [
      { leadHours: 0, radiusKm: 0 },
      { leadHours: 24, radiusKm: 90 },
      { leadHours: 48, radiusKm: 160 },
    ],
  };
}

const stored: StoredForecast[] = [
  forecast(12, 29.6, 123.5),
  forecast(6, 30.0, 123.1),
  forecast(0, 30.45, 122.7),
].map((f, i) => ({ id: `00000000-0000-4000-8000-00000000000${i}`, receivedAt: f.issuedAt, forecast: f }));

/**
 * The storm reaches the page as the screen reads it: in the snapshot and the timeline's answer. Until
 * POST /api/forecasts is built (its feed is another change), this test adds the forecasts to the
 * server's real answers on their way to the page, as the stored rows would.
 */
async function withStoredForecasts(page: Page) {
  await page.route("**/api/snapshot", async (route) => {
    const response = await route.fetch();
    const snapshot = (await response.json()) as Snapshot;
    await route.fulfill({ response, json: { ...snapshot, forecasts: stored } });
  });
  await page.route("**/api/typhoon/timeline?*", async (route) => {
    const response = await route.fetch();
    const timeline = (await response.json()) as TyphoonTimeline;
    await route.fulfill({ response, json: { ...timeline, forecasts: stored } });
  });
}

/**
 * Gauges reporting now: heavy rain in the south-east, where the storm comes from, water rising towards
 * its alarm. Kept under the alarm levels: a crossing opens a case, and other specs count the cases.
 */
async function postReadings(page: Page) {
  const measuredAt = new Date().toISOString();
  const readings = sensors
    .filter((s) => s.kind === "rain_gauge" || s.kind === "water_level")
    .map((s) => {
      const towardsStorm = Math.max(0, (s.lng - 121.2) * 60 + (31.4 - s.lat) * 60);
      const value = s.kind === "rain_gauge" ? Math.min(48, Math.round(towardsStorm * 10) / 10) : Math.min(14, Math.round(towardsStorm / 4));
      return { sensorId: s.id, measuredAt, value };
    });
  const response = await page.request.post("/api/sensors/readings", {
    headers: { authorization: `Bearer ${testGatewayTokens.SENSOR_GATEWAY_TOKEN}` },
    data: { readings },
  });
  expect(response.status()).toBe(200);
}

async function switchOffTyphoonMode(page: Page) {
  await page.request.post("/api/auth/sign-in", { data: { username: "leader", password: "tonglan2026" } });
  await page.request.put("/api/screen/mode", { data: { typhoon: false } });
}

async function openInTyphoonMode(page: Page) {
  await withStoredForecasts(page);
  const signIn = await page.request.post("/api/auth/sign-in", { data: { username: "leader", password: "tonglan2026" } });
  expect(signIn.status()).toBe(200);
  await page.goto("/");
  await expect(page.getByTestId("connection-status")).toHaveAttribute("data-state", "connected");
  await postReadings(page);
  const toggle = page.getByTestId("typhoon-switch");
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByTestId("typhoon-panel")).toBeVisible();
}

/** The map's overlays (legends, warnings, resources, the timeline) and the panel: they must lie apart (the rain key once shared the resources' corner). */
const wallOverlays = ["legend", "weather-legend", "warnings", "resources-panel", "timeline-bar", "typhoon-panel"];

// The wall at 4K draws in software here, on a machine shared with other runs.
test.describe.configure({ timeout: 180_000 });
test.afterEach(async ({ page }) => switchOffTyphoonMode(page));

test("a leader switches on typhoon mode: the storm, the rain, the water and the typhoon panel, on a 1080p wall", async ({ page }, testInfo) => {
  await openInTyphoonMode(page);
  await expect(page.getByTestId("typhoon-storm-name")).toHaveText("烟花");
  await expect(page.getByTestId("typhoon-distance")).toHaveText(/^\d+km$/);
  await expect(page.getByTestId("typhoon-rain-now")).toHaveText(/^\d+\.\dmm\/h$/);
  await expect(page.getByTestId("typhoon-water")).toHaveText("0");
  await expect(page.getByTestId("leader-panels")).toBeHidden();
  await expect(page.getByTestId("weather-legend")).toBeVisible();
  // The typhoon panel counts the resources out: the map's resources panel keeps only its key.
  await expect(page.getByTestId("resources-panel")).toBeVisible();
  await expect(page.getByTestId("resources-pumps-out")).toHaveCount(0);
  await expectApart(page, 1920, 1080, wallOverlays);
  await page.waitForTimeout(1_500);
  await page.screenshot({ path: testInfo.outputPath("typhoon-1080p.png") });

  // Another screen, reloaded, opens in typhoon mode: the mode is in the snapshot.
  await page.reload();
  await expect(page.getByTestId("typhoon-panel")).toBeVisible();

  await page.getByTestId("language-en").click();
  await expect(page.getByText("Typhoon watch", { exact: true })).toBeVisible();
  await page.getByTestId("language-zh-CN").click();
});

test("the timeline replays the stored night and goes back to live", async ({ page }, testInfo) => {
  await openInTyphoonMode(page);
  await page.getByTestId("timeline-open").click();
  const time = page.getByTestId("timeline-time");
  await expect(time).toBeVisible();
  await page.getByTestId("timeline-play").click();
  const scrub = page.getByTestId("timeline-scrub");
  // Scrubbed to the last issue's hour, the readings posted now are in force.
  await scrub.fill(String(Date.parse(stored[2]!.forecast.issuedAt) + hour - 60_000));
  await expect(page.getByTestId("typhoon-rain-now")).toHaveText(/^\d+\.\dmm\/h$/);
  // Scrubbed to the first issue, the storm is where it was then, farther out.
  await scrub.fill(String(Date.parse(stored[0]!.forecast.issuedAt)));
  const farther = Number((await page.getByTestId("typhoon-distance").textContent())!.replace("km", ""));
  await scrub.fill(String(Date.parse(stored[2]!.forecast.issuedAt)));
  const nearer = Number((await page.getByTestId("typhoon-distance").textContent())!.replace("km", ""));
  expect(farther).toBeGreaterThan(nearer);
  await page.screenshot({ path: testInfo.outputPath("typhoon-timeline-1080p.png") });
  await page.getByTestId("timeline-live").click();
  await expect(page.getByTestId("timeline-open")).toBeVisible();
});

test("typhoon mode on a 4K wall", async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 3840, height: 2160 });
  await openInTyphoonMode(page);
  await expectApart(page, 3840, 2160, wallOverlays);
  // The 4K column has room for the ordinary day's panels under the night's.
  await expect(page.getByTestId("leader-panels")).toBeVisible();
  const [panel, leader] = await Promise.all([page.getByTestId("typhoon-panel").boundingBox(), page.getByTestId("leader-panels").boundingBox()]);
  expect(leader!.y).toBeGreaterThanOrEqual(panel!.y + panel!.height);
  expect(leader!.y + leader!.height).toBeLessThanOrEqual(2160);
  await page.waitForTimeout(1_500);
  await page.screenshot({ path: testInfo.outputPath("typhoon-4k.png") });
});

test("typhoon mode on a leader's 1024×768 tablet", async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await openInTyphoonMode(page);
  // The panel is in the side column that scrolls, below the KPIs; the map's overlays stay apart.
  await expectApart(page, 1024, 768, ["legend", "weather-legend", "resources-panel", "timeline-bar"]);
  const panel = await page.getByTestId("typhoon-panel").boundingBox();
  const map = await page.getByRole("region", { name: /城市运行地图/ }).boundingBox();
  // First in the side column, above the KPIs.
  expect(panel!.y).toBeLessThan((await page.getByTestId("kpi-cases-today").boundingBox())!.y);
  expect(panel!.x).toBeGreaterThanOrEqual(map!.x + map!.width);
  expect(panel!.x + panel!.width).toBeLessThanOrEqual(1024);
  await page.waitForTimeout(1_500);
  await page.screenshot({ path: testInfo.outputPath("typhoon-tablet.png") });
  await page.getByTestId("typhoon-panel").scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath("typhoon-tablet-panel.png") });
});
