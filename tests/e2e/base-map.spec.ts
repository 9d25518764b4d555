import { createServer, type Server } from "node:http";
import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { ARCHIVE_FILE, STYLE_FILE, buildDistrictPmtiles } from "@/scripts/build-map-pmtiles";
import { deleteRedisPrefix } from "../support/redis-cleanup";
import { testRedisUrl, uniquePrefix } from "../support/services";
import { spawnServer, type RunningServer } from "../support/spawn-server";
import { pixelAt } from "./support/pixel-at";

// The wall screen over each base map a city can configure. The default one runs on the suite's server;
// the others each start a server of their own with the variables set (PGlite in memory, the demo city).

/** A server of our own with the base-map variables of one mode. */
async function startServer(env: Record<string, string>): Promise<RunningServer & { prefix: string }> {
  const prefix = uniquePrefix("base-map");
  const server = await spawnServer({ REDIS_URL: testRedisUrl, REDIS_PREFIX: prefix, PGLITE_DIR: "memory://", SEED_DEMO_CITY: "1", ...env });
  return { ...server, prefix };
}

async function stopServer(server: (RunningServer & { prefix: string }) | undefined): Promise<void> {
  if (!server) return;
  await server.stop();
  await deleteRedisPrefix(server.prefix);
}

// Starting a server of one's own (migrations, the demo city) takes a while on a busy machine.
const WITH_OWN_SERVER = { timeout: 180_000 };

const mapRegion = (page: Page) => page.getByRole("region", { name: /城市运行地图/ });

/** Opens the wall screen and waits for its live connection and for the base map's mode to be known. */
async function openWallScreen(page: Page, baseUrl: string, mode: string): Promise<string[]> {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${baseUrl}/`);
  await expect(page.getByTestId("connection-status")).toHaveAttribute("data-state", "connected");
  await expect(page.locator(`[data-base-map="${mode}"]`)).toHaveCount(1);
  return errors;
}

/** Pixels of the map's area bright enough to be a label, a line or a dot, not a dark background. */
async function brightPixels(page: Page): Promise<number> {
  const box = (await mapRegion(page).boundingBox())!;
  const png = await page.screenshot({ clip: box, animations: "allow" });
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement("canvas");
    [canvas.width, canvas.height] = [image.width, image.height];
    const context = canvas.getContext("2d")!;
    context.drawImage(image, 0, 0);
    const data = context.getImageData(0, 0, image.width, image.height).data;
    let bright = 0;
    for (let i = 0; i < data.length; i += 4) if (Math.max(data[i]!, data[i + 1]!, data[i + 2]!) > 150) bright++;
    return bright;
  }, png.toString("base64"));
}

/**
 * True when the colour just inside the map's top-right corner, over the sea east of the city where
 * only the base map's background draws, is `hex`; else that colour, for the failure's message.
 */
async function seaIs(page: Page, hex: string): Promise<true | number[]> {
  const box = (await mapRegion(page).boundingBox())!;
  const colour = await pixelAt(page, box.x + box.width - 12, box.y + 12);
  const expected = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return colour.every((channel, i) => Math.abs(channel - expected[i]!) <= 6) || colour;
}

test("default: the bundled offline style, drawn by MapLibre under deck.gl's layers", async ({ page, baseURL }, testInfo) => {
  const errors = await openWallScreen(page, baseURL!, "bundled");
  const map = page.locator('[data-base-map="bundled"]');
  await expect(map).toHaveAttribute("data-map-library", "maplibre");
  await expect(map).toHaveAttribute("data-loaded", "true");
  await expect(page.locator(".maplibregl-map")).toHaveCount(1);
  await expect.poll(() => seaIs(page, "#040b1a")).toBe(true);
  await page.screenshot({ path: testInfo.outputPath("base-map-bundled.png") });
  expect(errors).toEqual([]);
});

test.describe("MAP_STYLE_URL: a style on the city's own tile server", () => {
  test.describe.configure(WITH_OWN_SERVER);
  let styleServer: Server;
  let styleUrl = "";
  let server: (RunningServer & { prefix: string }) | undefined;
  const styleRequests: string[] = [];

  test.beforeAll(async () => {
    // Stands for an intranet tile server: another origin, answering with CORS as such a server must.
    styleServer = createServer((request, response) => {
      styleRequests.push(request.url ?? "");
      const style = {
        version: 8,
        name: "intranet-test",
        sources: {
          districts: { type: "geojson", data: `${server?.baseUrl}/city/districts.geojson` },
        },
        layers: [
          { id: "background", type: "background", paint: { "background-color": "#3a1d5c" } },
          { id: "district-fill", type: "fill", source: "districts", paint: { "fill-color": "#6b3fa0" } },
          { id: "district-line", type: "line", source: "districts", paint: { "line-color": "#e0c3ff", "line-width": 1.5 } },
        ],
      };
      response.writeHead(200, { "content-type": "application/json", "access-control-allow-origin": "*" });
      response.end(JSON.stringify(style));
    });
    await new Promise<void>((resolve) => styleServer.listen(0, "127.0.0.1", resolve));
    styleUrl = `http://127.0.0.1:${(styleServer.address() as AddressInfo).port}/styles/streets.json`;
    server = await startServer({ MAP_STYLE_URL: styleUrl });
  });

  test.afterAll(async () => {
    await stopServer(server);
    await new Promise((resolve) => styleServer?.close(resolve));
  });

  test("the wall screen draws that style with MapLibre, and deck.gl's layers over it", async ({ page }, testInfo) => {
    expect(await (await page.request.get(`${server!.baseUrl}/api/map/base-map`)).json()).toEqual({ mode: "style", styleUrl });
    const errors = await openWallScreen(page, server!.baseUrl, "style");
    await expect(page.locator('[data-base-map="style"]')).toHaveAttribute("data-loaded", "true");
    expect(styleRequests).toContain("/styles/streets.json");
    await expect.poll(() => seaIs(page, "#3a1d5c")).toBe(true);
    await expect.poll(() => brightPixels(page)).toBeGreaterThan(500);
    await page.screenshot({ path: testInfo.outputPath("base-map-style.png") });
    expect(errors).toEqual([]);
  });
});

test.describe("PMTiles: the project's archive (npm run map:pmtiles), served from MAP_FILES_DIR", () => {
  test.describe.configure(WITH_OWN_SERVER);
  let filesDir = "";
  let server: (RunningServer & { prefix: string }) | undefined;

  test.beforeAll(() => {
    filesDir = mkdtempSync(path.join(tmpdir(), "tonglan-map-files-"));
    buildDistrictPmtiles(filesDir, "/api/map/files/");
  });

  test.afterEach(async () => {
    await stopServer(server);
    server = undefined;
  });

  test.afterAll(() => rmSync(filesDir, { recursive: true, force: true }));

  test("with its style: the wall screen reads the archive by byte ranges and draws it", async ({ page }, testInfo) => {
    server = await startServer({ MAP_FILES_DIR: filesDir, MAP_STYLE_URL: `/api/map/files/${STYLE_FILE}` });
    const ranges: number[] = [];
    page.on("response", (response) => {
      if (response.url().endsWith(`/api/map/files/${ARCHIVE_FILE}`)) ranges.push(response.status());
    });
    const errors = await openWallScreen(page, server.baseUrl, "style");
    await expect(page.locator('[data-base-map="style"]')).toHaveAttribute("data-loaded", "true");
    // The header and root directory first, then the tiles in view: every one a 206.
    expect(ranges.length).toBeGreaterThanOrEqual(2);
    expect(new Set(ranges)).toEqual(new Set([206]));
    await expect.poll(() => seaIs(page, "#040b1a")).toBe(true);
    await expect.poll(() => brightPixels(page)).toBeGreaterThan(500);
    await page.screenshot({ path: testInfo.outputPath("base-map-pmtiles-style.png") });
    expect(errors).toEqual([]);

    // The files route: ranges, the whole file, and what it refuses.
    const file = (name: string, headers: Record<string, string> = {}) => page.request.get(`${server!.baseUrl}/api/map/files/${name}`, { headers });
    const head = await file(ARCHIVE_FILE, { range: "bytes=0-6" });
    expect(head.status()).toBe(206);
    expect(head.headers()["content-range"]).toMatch(/^bytes 0-6\/\d+$/);
    expect((await head.body()).toString()).toBe("PMTiles");
    const whole = await file(STYLE_FILE);
    expect(whole.status()).toBe(200);
    expect(whole.headers()["accept-ranges"]).toBe("bytes");
    expect((await whole.json()).sources.city.url).toBe(`pmtiles:///api/map/files/${ARCHIVE_FILE}`);
    expect((await file(ARCHIVE_FILE, { range: "bytes=99999999-" })).status()).toBe(416);
    expect((await file("missing.pmtiles")).status()).toBe(404);
    expect((await file("..%2F..%2Fetc%2Fpasswd")).status()).toBe(400);
  });

  test("the archive alone: a plain style made from its metadata, on the wall screen and the report form's map", async ({ page }, testInfo) => {
    server = await startServer({ MAP_FILES_DIR: filesDir, MAP_STYLE_URL: `/api/map/files/${ARCHIVE_FILE}` });
    const errors = await openWallScreen(page, server.baseUrl, "pmtiles");
    await expect(page.locator('[data-base-map="pmtiles"]')).toHaveAttribute("data-loaded", "true");
    await expect.poll(() => seaIs(page, "#040b1a")).toBe(true);
    await expect.poll(() => brightPixels(page)).toBeGreaterThan(500);
    await page.screenshot({ path: testInfo.outputPath("base-map-pmtiles-archive.png") });

    await page.goto(`${server.baseUrl}/report`);
    await page.getByRole("button", { name: "在地图上选点" }).click();
    await expect(page.getByTestId("pin-map").locator('[data-base-map="pmtiles"]')).toHaveAttribute("data-loaded", "true");
    await page.screenshot({ path: testInfo.outputPath("base-map-pmtiles-report.png") });
    expect(errors).toEqual([]);
  });
});

test.describe("MAPBOX_TOKEN: Mapbox's streets through mapbox-gl, with no internet", () => {
  test.describe.configure(WITH_OWN_SERVER);
  const token = "pk.test-token-for-e2e";
  let server: (RunningServer & { prefix: string }) | undefined;

  test.beforeAll(async () => {
    server = await startServer({ MAPBOX_TOKEN: token });
  });

  test.afterAll(async () => stopServer(server));

  test("mapbox-gl gets the token and, its tiles unreachable, the screen keeps deck.gl's layers", async ({ page }, testInfo) => {
    const mapboxRequests: string[] = [];
    // This machine reaches no internet; answered here at once, as a closed network would, never sent out.
    await page.route(/^https:\/\/[a-z.]*mapbox\.com\//, (route) => {
      mapboxRequests.push(route.request().url());
      return route.abort("internetdisconnected");
    });
    const errors = await openWallScreen(page, server!.baseUrl, "mapbox");
    const map = page.locator('[data-base-map="mapbox"]');
    await expect(map).toHaveAttribute("data-map-library", "mapbox");
    await expect(page.locator(".mapboxgl-map")).toHaveCount(1);
    await expect(page.locator(".maplibregl-map")).toHaveCount(0);
    await expect.poll(() => mapboxRequests.some((url) => url.startsWith("https://api.mapbox.com/styles/v1/mapbox/streets-v12") && url.includes(`access_token=${token}`))).toBe(true);
    // Mapbox's style never arrives; deck.gl's district names and workers are drawn all the same.
    await expect(map).toHaveAttribute("data-loaded", "false");
    await expect.poll(() => brightPixels(page)).toBeGreaterThan(500);
    await expect(page.getByTestId("kpi-cases-today")).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath("base-map-mapbox.png") });
    expect(errors).toEqual([]);
  });
});
