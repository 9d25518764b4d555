import { expect, test, type Page } from "@playwright/test";
import type { EventAccepted } from "@/lib/contracts/event-report";
import { caseIdForEvent } from "@/lib/domain/ids";
import { gradientPng } from "./support/gradient-png";

// W0001, the demo user "worker", stands here (lib/city/shanghai/workers.json).
const w1 = { lat: 31.20734, lng: 121.47931 };

test.use({
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  // The phone is about 140 m south-west of W0001's last known position, where the tasks are reported.
  geolocation: { latitude: w1.lat - 0.001, longitude: w1.lng - 0.001, accuracy: 12 },
  permissions: ["geolocation"],
});

async function signInAsWorker(page: Page) {
  await page.goto("/m");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fm$/);
  await page.locator('input[name="username"]').fill("worker");
  await page.locator('input[name="password"]').fill("tonglan2026");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(/\/m$/);
  await expect(page.getByTestId("mobile-user")).toContainText("W0001");
}

test("a grid worker signs for, arrives at and resolves a task with photos, from the phone", async ({ page }, testInfo) => {
  await signInAsWorker(page);
  await expect(page.getByTestId("live-status")).toHaveAttribute("data-connected", "true");

  // Reported where W0001 stands: auto-dispatch gives it to them and it arrives on the phone live.
  const reported = await page.request.post("/api/events", {
    data: { channel: "resident_app", category: "garbage_pileup", description: `e2e 小区门口垃圾堆积 ${Date.now()}`, location: { lat: w1.lat, lng: w1.lng } },
  });
  const caseId = caseIdForEvent(((await reported.json()) as EventAccepted).eventId);
  const card = page.locator(`[data-testid="task-card"][data-case-id="${caseId}"]`);
  await expect(card).toHaveAttribute("data-stage", "dispatched");
  await expect(card).toContainText("垃圾堆积");
  await expect(card).toContainText(/\d+ 米/);
  // The deadline comes with the list's reload that the pushed case sets off.
  await expect(card.getByTestId("task-deadline")).toContainText(/签收.*分钟内/);
  await page.screenshot({ path: testInfo.outputPath("worker-tasks.png") });

  await card.click();
  const detail = page.getByTestId("task-detail");
  await expect(detail).toHaveAttribute("data-stage", "dispatched");
  await expect(page.getByTestId("position-sketch")).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("worker-task-detail.png"), fullPage: true });
  await page.getByTestId("action-sign_for").click();
  await expect(detail).toHaveAttribute("data-stage", "in_progress");

  await page.getByTestId("action-arrive").click();
  await page.getByTestId("before-input").setInputFiles({ name: "before.png", mimeType: "image/png", buffer: gradientPng() });
  await expect(page.getByTestId("before-photo")).toHaveAttribute("data-state", "uploaded");
  await page.getByTestId("confirm-arrive").click();
  await expect(detail).toContainText("已到场");
  await expect(page.getByTestId("action-resolve")).toBeVisible();

  await page.getByTestId("action-resolve").click();
  await page.getByTestId("confirm-resolve").click();
  await expect(page.getByTestId("action-notice")).toHaveText("请填写处置结果");
  await page.getByTestId("result-input").fill("已清运垃圾，现场恢复整洁");
  // A file that only claims to be a PNG is refused by the server with a clear message.
  await page.getByTestId("after-input").setInputFiles({ name: "fake.png", mimeType: "image/png", buffer: Buffer.from("GIF89a not a png") });
  await expect(page.getByTestId("after-photo").first()).toHaveAttribute("data-state", "failed");
  await expect(page.getByTestId("after-photo").first()).toContainText("仅支持 JPEG、PNG、WebP 格式照片");
  await page.getByTestId("after-photo").first().getByRole("button", { name: "移除" }).click();
  await page.getByTestId("after-input").setInputFiles({ name: "after.png", mimeType: "image/png", buffer: gradientPng(96) });
  await expect(page.getByTestId("after-photo")).toHaveAttribute("data-state", "uploaded");
  await page.screenshot({ path: testInfo.outputPath("worker-resolve-form.png") });
  await page.getByTestId("confirm-resolve").click();

  await expect(detail).toHaveAttribute("data-stage", "resolved");
  await expect(detail).toContainText("已清运垃圾");
  await expect(page.getByTestId("case-photos").locator("li")).toHaveCount(2);
  await expect(page.getByTestId("case-photos").locator('li[data-kind="after"] img')).toHaveJSProperty("complete", true);
  await page.screenshot({ path: testInfo.outputPath("worker-task-resolved.png"), fullPage: true });

  await page.getByRole("link", { name: "返回" }).click();
  await expect(page.getByTestId("task-list").or(page.getByText("暂无待办任务"))).toBeVisible();
  await expect(card).toHaveCount(0);
});

test("a grid worker reports a problem found on patrol, with the phone's position", async ({ page }, testInfo) => {
  await signInAsWorker(page);
  await page.getByTestId("open-patrol-report").click();
  await expect(page.getByTestId("patrol-location")).toHaveAttribute("data-source", "device");
  await page.getByTestId("patrol-category").selectOption("shared_bike_clutter");
  const description = `e2e 巡查：共享单车堆放占道 ${Date.now()}`;
  await page.getByPlaceholder("发现了什么问题？在什么位置？").fill(description);
  await page.getByTestId("patrol-input").setInputFiles({ name: "patrol.png", mimeType: "image/png", buffer: gradientPng() });
  await expect(page.getByTestId("patrol-photo")).toHaveAttribute("data-state", "uploaded");
  await page.screenshot({ path: testInfo.outputPath("worker-patrol-form.png"), fullPage: true });
  await page.getByRole("button", { name: "提交上报" }).click();
  await expect(page.getByTestId("patrol-sent")).toContainText("已上报");

  await page.getByRole("link", { name: "我的任务" }).click();
  await page.getByRole("button", { name: "EN" }).click();
  await expect(page.getByRole("heading", { name: /My tasks/ })).toBeVisible();
  await expect(page.getByTestId("open-patrol-report")).toHaveText("Report a problem");
  // W0001 stands where they reported it: dispatch hands the patrol case straight back to them.
  await expect(page.getByTestId("task-card").filter({ hasText: description })).toHaveAttribute("data-stage", "dispatched");
  await page.screenshot({ path: testInfo.outputPath("worker-tasks-en.png") });
});
