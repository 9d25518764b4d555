import { expect, test, type Browser, type Page } from "@playwright/test";
import type { EventAccepted } from "@/lib/contracts/event-report";
import { caseIdForEvent } from "@/lib/domain/ids";

// Each test drives two or three pages through several round trips on a shared, busy machine.
test.describe.configure({ timeout: 150_000 });

// 徐家汇, where no other spec reports: the case's pumps are the nearest to it.
const floodedAt = { lat: 31.1955, lng: 121.4365 };

async function signIn(page: Page, path: string, username: string, landing: RegExp) {
  await page.goto(path);
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill("tonglan2026");
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expect(page).toHaveURL(landing);
}

// The wall screen's first view (app/_map/city-map.tsx), before anyone pans or zooms it.
const wallView = { lng: 121.47, lat: 31.23, zoom: 10.3 };

/** Where a position is drawn on the wall screen's map in its first view: Web Mercator on 512-pixel tiles, as MapLibre draws it. */
function pixelOnWallMap(position: { lat: number; lng: number }, box: { x: number; y: number; width: number; height: number }) {
  const world = 512 * 2 ** wallView.zoom;
  const project = ({ lat, lng }: { lat: number; lng: number }) => {
    const sin = Math.sin((lat * Math.PI) / 180);
    return { x: ((lng + 180) / 360) * world, y: (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * world };
  };
  const centre = project(wallView);
  const point = project(position);
  return { x: box.x + box.width / 2 + point.x - centre.x, y: box.y + box.height / 2 + point.y - centre.y };
}

async function openPhone(browser: Browser) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: "zh-CN" });
  return context.newPage();
}

test("a dispatcher sends the nearest pump to a flooded road from the console, sees it en route, then on scene", async ({ page }, testInfo) => {
  await signIn(page, "/dispatch", "dispatcher", /\/dispatch$/);
  await expect(page.getByTestId("connection-status")).toHaveAttribute("data-state", "connected");
  const reported = await page.request.post("/api/events", {
    data: { channel: "hotline", category: "road_waterlogging", description: `e2e 漕溪北路积水 没过脚踝 ${Date.now()}`, location: floodedAt },
  });
  expect(reported.status()).toBe(202);
  const caseId = caseIdForEvent(((await reported.json()) as EventAccepted).eventId);

  const row = page.locator(`[data-testid="queue-row"][data-case-id="${caseId}"]`);
  await row.getByRole("button").click();
  await expect(page.getByTestId("case-detail")).toHaveAttribute("data-case-id", caseId);

  const panel = page.getByTestId("case-resources");
  await expect(panel.getByTestId("send-kind-pump")).toHaveAttribute("aria-pressed", "true");
  const nearest = panel.getByTestId("resource-candidate").first();
  await expect(nearest).toContainText(/PT-\d{4}/);
  await expect(nearest).toContainText(/(米|公里)$/);
  const pumpId = (await nearest.getAttribute("data-resource-id"))!;
  await nearest.click();
  await page.screenshot({ path: testInfo.outputPath("console-send-pump-1080p.png") });
  await panel.getByTestId("confirm-send-resource").click();

  await expect(panel.getByTestId("resource-notice")).toHaveAttribute("data-tone", "done");
  const sent = panel.locator(`[data-testid="resource-on-case"][data-resource-id="${pumpId}"]`);
  await expect(sent).toHaveAttribute("data-state", "en_route");
  await expect(sent).toContainText("前往中");
  // Sent, it is no longer offered.
  await expect(panel.locator(`[data-testid="resource-candidate"][data-resource-id="${pumpId}"]`)).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath("console-pump-en-route-1080p.png") });

  // The resources view lists it en route, and its detail records it on scene with its history.
  await page.getByTestId("console-view-resources").click();
  const listed = page.locator(`[data-testid="resource-row"][data-resource-id="${pumpId}"]`);
  await expect(listed).toHaveAttribute("data-state", "en_route");
  await listed.click();
  const detail = page.getByTestId("resource-detail");
  await expect(detail).toHaveAttribute("data-resource-id", pumpId);
  await detail.getByTestId("resource-arrive").click();
  await expect(detail).toHaveAttribute("data-state", "on_scene");
  await expect(listed).toHaveAttribute("data-state", "on_scene");
  await expect(detail.getByTestId("resource-history")).toContainText("派出");
  await page.screenshot({ path: testInfo.outputPath("console-resources-view-1080p.png") });
});

test("shelter staff count people in from the phone and the wall screen shows the new number", async ({ page, browser }, testInfo) => {
  await page.goto("/");
  await expect(page.getByTestId("connection-status")).toHaveAttribute("data-state", "connected");
  const sheltered = page.getByTestId("resources-people-sheltered");
  await expect(sheltered).toContainText(/\d/);
  const before = Number((await sheltered.locator("strong").innerText()).replace(/,/g, ""));

  const phone = await openPhone(browser);
  await signIn(phone, "/m", "shelter", /\/m$/);
  await phone.getByTestId("open-field-resources").click();
  await expect(phone).toHaveURL(/\/m\/resources$/);
  await expect(phone.getByTestId("live-status")).toHaveAttribute("data-connected", "true");
  const card = phone.getByTestId("shelter-card").first();
  await expect(card).toHaveAttribute("data-state", "open");
  const [occupancy, capacity] = (await card.getByTestId("shelter-occupancy").innerText()).split("/").map((n) => Number(n.trim().replace(/,/g, "")));
  expect(capacity! - occupancy!).toBeGreaterThanOrEqual(10);

  await card.getByTestId("shelter-step-10").click();
  await expect(card.getByTestId("shelter-occupancy")).toHaveText(`${(occupancy! + 10).toLocaleString("en-US")} / ${capacity!.toLocaleString("en-US")}`);
  await expect(card.getByTestId("field-notice")).toHaveAttribute("data-tone", "done");
  await expect(sheltered.locator("strong")).toHaveText((before + 10).toLocaleString("en-US"));

  // Set at once: the wall screen follows again.
  await card.getByTestId("shelter-set-input").fill(String(occupancy! + 3));
  await card.getByTestId("shelter-set").click();
  await expect(card.getByTestId("shelter-occupancy")).toHaveText(`${(occupancy! + 3).toLocaleString("en-US")} / ${capacity!.toLocaleString("en-US")}`);
  await expect(sheltered.locator("strong")).toHaveText((before + 3).toLocaleString("en-US"));
  await phone.screenshot({ path: testInfo.outputPath("phone-shelters-390.png") });
  await page.screenshot({ path: testInfo.outputPath("wall-screen-resources-1080p.png") });

  // A click on the shelter's icon opens its popup with the new count.
  const shelterId = (await card.getAttribute("data-resource-id"))!;
  const shelter = (await (await phone.request.get(`/api/resources/${shelterId}`)).json()) as { resource: { lat: number; lng: number } };
  const map = page.getByRole("region", { name: /城市运行地图/ });
  const box = (await map.boundingBox())!;
  const at = pixelOnWallMap(shelter.resource, box);
  await page.mouse.click(at.x, at.y);
  const popup = page.getByTestId("resource-popup");
  await expect(popup).toHaveAttribute("data-resource-id", shelterId);
  await expect(popup.getByTestId("resource-popup-occupancy")).toHaveText(`${(occupancy! + 3).toLocaleString("en-US")} / ${capacity!.toLocaleString("en-US")}`);
  await page.screenshot({ path: testInfo.outputPath("wall-screen-resource-popup-1080p.png") });

  // The panel keeps its corner of the map on a 4K wall and on a leader's tablet.
  for (const [name, viewport] of [["4k", { width: 3840, height: 2160 }], ["tablet", { width: 1024, height: 768 }]] as const) {
    await page.setViewportSize(viewport);
    await expect(page.getByTestId("resources-panel")).toBeInViewport();
    await page.screenshot({ path: testInfo.outputPath(`wall-screen-resources-${name}.png`) });
  }

  await phone.context().close();
});

test("a team leader reports a team's progress from the phone", async ({ browser, page }, testInfo) => {
  // The desk sends a team; its leader takes it from there.
  await signIn(page, "/dispatch", "dispatcher", /\/dispatch$/);
  const teams = (await (await page.request.get("/api/resources?kind=team&state=available")).json()) as { resources: { id: string; version: number; code: string }[] };
  const team = teams.resources[0]!;
  const sent = await page.request.post(`/api/resources/${team.id}/actions`, {
    data: { action: "dispatch", expectedVersion: team.version, place: { ...floodedAt, label: "漕溪北路地道" } },
  });
  expect(sent.status()).toBe(200);

  const phone = await openPhone(browser);
  await signIn(phone, "/m/resources", "rescue", /\/m\/resources$/);
  await phone.getByTestId("field-kind-team").click();
  const card = phone.locator(`[data-testid="crew-card"][data-resource-id="${team.id}"]`);
  await expect(card).toHaveAttribute("data-state", "en_route");
  await expect(card.getByTestId("crew-job")).toContainText("漕溪北路地道");
  await card.getByTestId("crew-arrive").click();
  await expect(card).toHaveAttribute("data-state", "on_scene");
  await card.getByTestId("crew-note").fill("已转移被困居民 6 人");
  await card.getByTestId("crew-report").click();
  await expect(card.getByTestId("field-notice")).toHaveAttribute("data-tone", "done");
  await phone.screenshot({ path: testInfo.outputPath("phone-team-390.png") });
  await card.getByTestId("crew-release").click();
  await expect(card).toHaveAttribute("data-state", "returning");
  await card.getByTestId("crew-back").click();
  await expect(card).toHaveAttribute("data-state", "available");

  const history = (await (await page.request.get(`/api/resources/${team.id}`)).json()) as { history: { action: string; detail: { note?: string } }[] };
  expect(history.history.map((h) => h.action)).toEqual(["dispatch", "arrive", "report", "release", "back"]);
  expect(history.history[2]!.detail.note).toBe("已转移被困居民 6 人");
  await phone.context().close();
});

test("the depot's staff take sandbags out and restock them from the phone", async ({ browser, page }, testInfo) => {
  await signIn(page, "/dispatch", "dispatcher", /\/dispatch$/);
  const depots = (await (await page.request.get("/api/resources?kind=sandbags&state=available")).json()) as { resources: { id: string; stock: number }[] };
  // The last depot: the risk-point spec takes its bags from the nearest one to its cells.
  const depot = depots.resources.at(-1)!;

  const phone = await openPhone(browser);
  await signIn(phone, "/m/resources", "rescue", /\/m\/resources$/);
  await phone.getByTestId("field-kind-sandbags").click();
  const card = phone.locator(`[data-testid="crew-card"][data-resource-id="${depot.id}"]`);
  await card.getByTestId("stock-amount").fill(String(depot.stock + 1));
  await expect(card.getByTestId("stock-take")).toBeDisabled();
  await card.getByTestId("stock-amount").fill("120");
  await card.getByTestId("stock-take").click();
  await expect(card.getByTestId("field-notice")).toHaveAttribute("data-tone", "done");
  await expect(card.getByTestId("stock-amount")).toHaveValue("");
  await card.getByTestId("stock-amount").fill("20");
  await card.getByTestId("stock-restock").click();
  await expect(card).toContainText((depot.stock - 100).toLocaleString("en-US"));
  await phone.screenshot({ path: testInfo.outputPath("phone-depot-390.png") });

  const detail = (await (await page.request.get(`/api/resources/${depot.id}`)).json()) as { resource: { stock: number }; history: { action: string }[] };
  expect(detail.resource.stock).toBe(depot.stock - 100);
  expect(detail.history.map((h) => h.action).slice(-2)).toEqual(["take", "restock"]);
  await phone.context().close();
});
