import { expect, test, type Browser, type Page } from "@playwright/test";
import type { EventAccepted } from "@/lib/contracts/event-report";
import { caseIdForEvent } from "@/lib/domain/ids";

async function signedInPage(browser: Browser, username: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const response = await page.request.post("/api/auth/sign-in", { data: { username, password: "tonglan2026" } });
  expect(response.status()).toBe(200);
  return page;
}

test("a summoned department reports in, the one that misses the 应急哨 deadline shows as overdue", async ({ browser }, testInfo) => {
  const dispatcher = await signedInPage(browser, "dispatcher");
  const reported = await dispatcher.request.post("/api/events", {
    data: { channel: "hotline", category: "road_waterlogging", description: `e2e 吹哨 ${Date.now()}`, location: { lat: 31.2286, lng: 121.4753 } },
  });
  const caseId = caseIdForEvent(((await reported.json()) as EventAccepted).eventId);
  await expect.poll(async () => (await dispatcher.request.get(`/api/cases/${caseId}`)).status()).toBe(200);
  const summoned = await dispatcher.request.post(`/api/cases/${caseId}/summons`, {
    data: { whistle: "emergency", departments: ["police", "water"], reason: "道路积水影响交通" },
  });
  expect(summoned.status()).toBe(201);
  const summonId = (await summoned.json()).summons.id as string;

  const water = await signedInPage(browser, "water");
  await water.goto("/summons");
  const card = water.locator(`[data-testid="summons"][data-summon-id="${summonId}"]`);
  await card.locator("..").getByTestId("report-in").click();
  await expect(card.locator('[data-department="water"]')).toHaveAttribute("data-status", "acknowledged");

  // The emergency whistle's deadline is one SLA minute in the end-to-end server: police never reports in.
  await dispatcher.goto("/summons");
  const police = dispatcher.locator(`[data-summon-id="${summonId}"] [data-department="police"]`);
  await expect(police).toHaveAttribute("data-status", "missed", { timeout: 30_000 });
  await expect(police).toContainText("超时未报到");
  await dispatcher.screenshot({ path: testInfo.outputPath("summons-board.png") });
});
