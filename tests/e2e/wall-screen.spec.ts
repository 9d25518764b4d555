import { expect, test, type Page } from "@playwright/test";
import type { EventAccepted } from "@/lib/contracts/event-report";
import { caseIdForEvent } from "@/lib/domain/ids";

async function openScreen(page: Page, path = "/") {
  await page.goto(path);
  await expect(page.getByTestId("connection-status")).toHaveAttribute("data-state", "connected");
}

// Near Nanjing Road East, in 黄浦区, where no other spec reports: this case's dot is the only one there.
const reportedAt = { lat: 31.2372, lng: 121.4845 };

async function reportGarbage(page: Page, description: string): Promise<string> {
  const response = await page.request.post("/api/events", {
    data: { channel: "resident_app", category: "garbage_pileup", description, location: reportedAt },
  });
  expect(response.status()).toBe(202);
  const accepted = (await response.json()) as EventAccepted;
  return caseIdForEvent(accepted.eventId);
}

test("a posted event appears live in the queue and, dispatched, on the map", async ({ page }, testInfo) => {
  await openScreen(page);
  // Other specs share the server: count from whatever today already holds.
  const before = (await (await page.request.get("/api/snapshot")).json()).kpi.casesToday as number;
  const caseId = await reportGarbage(page, `e2e 垃圾堆积 ${Date.now()}`);

  const item = page.locator(`[data-testid="case-item"][data-case-id="${caseId}"]`);
  await expect(item).toBeVisible();
  await expect(item).toHaveAttribute("data-stage", "dispatched");
  await expect(item).toContainText("垃圾堆积");
  await expect(item).toContainText("黄浦区");
  await expect(page.getByTestId("kpi-cases-today")).toHaveText(new RegExp(`^${before + 1}\\D*$`));

  await item.getByRole("button").click();
  const popup = page.getByTestId("case-popup");
  await expect(popup).toHaveAttribute("data-case-id", caseId);
  await expect(popup).toContainText("分派");

  // The popup is anchored at the case's position on the map, so it must sit inside the map's area.
  const map = page.getByRole("region", { name: /城市运行地图/ });
  const [mapBox, popupBox] = await Promise.all([map.boundingBox(), popup.boundingBox()]);
  expect(mapBox && popupBox).toBeTruthy();
  expect(popupBox!.x).toBeGreaterThanOrEqual(mapBox!.x);
  expect(popupBox!.x + popupBox!.width).toBeLessThanOrEqual(mapBox!.x + mapBox!.width);

  await page.screenshot({ path: testInfo.outputPath("wall-screen-1080p.png") });

  // The map has flown to the case, so its dot is at the map's centre: clicking it picks the case again.
  await page.keyboard.press("Escape");
  await expect(popup).toBeHidden();
  // Until the flight has ended the centre may still be elsewhere: click again until the dot is hit.
  await expect(async () => {
    await page.mouse.click(mapBox!.x + mapBox!.width / 2, mapBox!.y + mapBox!.height / 2);
    await expect(popup).toHaveAttribute("data-case-id", caseId, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
});

test("the screen switches to English and back", async ({ page }) => {
  await openScreen(page);
  await page.getByTestId("language-en").click();
  await expect(page.getByText("Cases today", { exact: true })).toBeVisible();
  await expect(page.getByText("今日案件", { exact: true })).toHaveCount(0);
  await page.getByTestId("language-zh-CN").click();
  await expect(page.getByText("今日案件", { exact: true })).toBeVisible();
});

test("the same layout fills a 4K wall", async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 3840, height: 2160 });
  await openScreen(page);
  await expect(page.getByTestId("case-queue")).toBeVisible();
  const queue = await page.getByTestId("case-queue").boundingBox();
  // Scaled with the viewport, not left at 1080p size in a corner.
  expect(queue!.width).toBeGreaterThan(600);
  await page.screenshot({ path: testInfo.outputPath("wall-screen-4k.png") });
});
