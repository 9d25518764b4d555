import { expect, test, type APIRequestContext } from "@playwright/test";
import type { EventAccepted } from "@/lib/contracts/event-report";
import type { Snapshot } from "@/lib/contracts/snapshot";
import { caseIdForEvent } from "@/lib/domain/ids";

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, permissions: ["geolocation"] });

/** Where W0001 (the demo user "worker") stands: a report there is auto-dispatched to them. */
async function workerOneStandsAt(request: APIRequestContext) {
  const snapshot = (await (await request.get("/api/snapshot")).json()) as Snapshot;
  return snapshot.workers.find((w) => w.id === "W0001")!;
}

/** The grid worker's side, over the API: sign for, arrive, resolve with a result. */
async function resolveAsWorker(request: APIRequestContext, caseId: string) {
  expect((await request.post("/api/auth/sign-in", { data: { username: "worker", password: "tonglan2026" } })).status()).toBe(200);
  let version = 0;
  await expect.poll(async () => ((version = (await (await request.get(`/api/cases/${caseId}`)).json()).case?.version ?? 0), version)).toBeGreaterThan(1);
  for (const step of [{ action: "sign_for" }, { action: "arrive" }, { action: "resolve", result: "垃圾已清运，现场已清扫" }]) {
    const response = await request.post(`/api/cases/${caseId}/actions`, { data: { ...step, expectedVersion: version } });
    expect(response.status(), await response.text()).toBe(200);
    version = (await response.json()).case.version;
  }
}

test("a resident reports from the phone, follows the case on the private page and rates it", async ({ page, context, request }, testInfo) => {
  const w1 = await workerOneStandsAt(request);
  await context.setGeolocation({ latitude: w1.lat, longitude: w1.lng, accuracy: 12 });
  await page.goto("/report");
  await expect(page.getByRole("heading", { name: "随手拍 · 我要反映" })).toBeVisible();

  await page.getByRole("button", { name: "在地图上选点" }).click();
  const map = page.getByTestId("pin-map");
  await expect(map.locator("canvas").first()).toBeVisible();
  await map.tap({ position: { x: 180, y: 150 } });
  await expect(page.getByTestId("chosen-location")).toContainText("已选位置");
  await page.getByTestId("use-gps").tap();
  await expect(page.getByTestId("chosen-location")).toContainText(`${w1.lat.toFixed(5)}, ${w1.lng.toFixed(5)}`);

  await page.getByTestId("category-garbage_pileup").tap();
  await expect(page.getByTestId("category-garbage_pileup")).toHaveAttribute("aria-checked", "true");
  await page.getByTestId("description").fill(`小区门口垃圾堆积，无人清运 e2e-${Date.now()}`);
  // Viewport shots: the sticky header and send button sit where a phone shows them.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: testInfo.outputPath("report-form-top.png") });
  await page.getByTestId("description").scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath("report-form-bottom.png") });

  const posted = page.waitForResponse((r) => r.url().endsWith("/api/events") && r.request().method() === "POST");
  await page.getByTestId("submit-report").tap();
  const accepted = (await (await posted).json()) as EventAccepted;
  await expect(page.getByTestId("report-submitted")).toBeVisible();
  await expect(page.getByTestId("tracking-link")).toContainText(accepted.trackingUrl);
  await page.screenshot({ path: testInfo.outputPath("report-submitted.png"), fullPage: true });

  await page.getByTestId("open-tracking").tap();
  await expect(page).toHaveURL(new RegExp(`${accepted.trackingUrl}$`));
  const feed = page.getByTestId("tracking-feed");
  await expect(feed).toContainText("已收到您的反映");
  await expect(feed.locator("li").first()).toContainText("已派给网格员处理");
  await page.screenshot({ path: testInfo.outputPath("tracking-dispatched.png"), fullPage: true });

  await resolveAsWorker(request, caseIdForEvent(accepted.eventId));
  const rating = page.getByTestId("rating-panel");
  await expect(rating).toBeVisible();
  await expect(page.getByTestId("tracking-result")).toContainText("垃圾已清运");
  await rating.getByRole("radio", { name: "满意", exact: true }).tap();
  await page.screenshot({ path: testInfo.outputPath("tracking-rating.png"), fullPage: true });
  await page.getByTestId("send-rating").tap();
  await expect(page.getByText("您的评价：满意", { exact: true })).toBeVisible();
  await expect(feed.locator("li").first()).toContainText("感谢您的评价：满意");
  await expect(rating).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath("tracking-rated.png"), fullPage: true });

  await page.getByTestId("language-toggle").tap();
  await expect(feed.locator("li").first()).toContainText("Thank you for your rating: satisfied");
  await page.screenshot({ path: testInfo.outputPath("tracking-rated-en.png"), fullPage: true });
});

test("a signed-in resident adds a photo, uploaded at once", async ({ page }, testInfo) => {
  expect((await page.request.post("/api/auth/sign-in", { data: { username: "resident", password: "tonglan2026" } })).status()).toBe(200);
  await page.goto("/report?lang=en");
  await expect(page.getByText("Hello, 陈晓燕")).toBeVisible();
  const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");
  await expect(page.getByTestId("photo-input")).toBeEnabled();
  await page.getByTestId("photo-input").setInputFiles({ name: "photo.png", mimeType: "image/png", buffer: png });
  await expect(page.getByRole("img", { name: "Photo of the problem" })).toHaveAttribute("data-state", "done");
  await page.screenshot({ path: testInfo.outputPath("report-signed-in-en.png") });
});

test("a link that opens no report says so", async ({ page }) => {
  const response = await page.goto(`/track/${"A".repeat(43)}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByTestId("tracking-not-found")).toBeVisible();
});
