import { test as base, expect, type BrowserContext, type BrowserContextOptions, type Page } from "@playwright/test";
import type { EventAccepted } from "@/lib/contracts/event-report";
import type { Snapshot } from "@/lib/contracts/snapshot";
import { caseIdForEvent } from "@/lib/domain/ids";
import { gradientPng } from "./support/gradient-png";
import { pixelAt } from "./support/pixel-at";

/*
 * 上报→分派→签收→到场→办结→评价(不满意)→重新办理→超期, across three people's browsers. The case is a
 * blocked fire lane (消防通道堵塞: sign for within 15 SLA minutes, 75 s in the end-to-end server), reported
 * where W0003 (the demo user "worker3", the only fire-safety worker within 500 m) stands, so auto-dispatch
 * gives it to them, and after the reopening gives it to them again. This time nobody signs for it: the
 * real SLA job recalls it, flags it overdue and hands it to the next-best worker.
 */

const phone: BrowserContextOptions = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
// A reopened task's sign-for deadline plus the time for the SLA job to run and the screens to hear of it.
const overdueWithin = 75_000 + 30_000;

async function signIn(page: Page, next: string, username: string) {
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill("tonglan2026");
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${next}$`));
}

/** A page in a browser context of its own (one person's browser), closed with the test: a live map left open would keep drawing. */
const test = base.extend<{ newPage: (options?: BrowserContextOptions) => Promise<Page> }>({
  newPage: async ({ browser }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (options = {}) => {
      const context = await browser.newContext(options);
      contexts.push(context);
      return context.newPage();
    });
    await Promise.all(contexts.map((context) => context.close()));
  },
});

test("a resident's report is handled, rated 不满意, reopened and, left unsigned, shows as overdue on every screen", async ({ newPage }, testInfo) => {
  test.setTimeout(240_000);
  const dispatcher = await newPage();
  const w3 = ((await (await dispatcher.request.get("/api/snapshot")).json()) as Snapshot).workers.find((w) => w.id === "W0003")!;
  const at = { latitude: w3.lat, longitude: w3.lng, accuracy: 10 };
  const resident = await newPage({ ...phone, geolocation: at, permissions: ["geolocation"] });
  const worker = await newPage({ ...phone, geolocation: at, permissions: ["geolocation"] });

  // The grid worker has their task list open before anything is reported.
  await signIn(worker, "/m", "worker3");
  await expect(worker.getByTestId("mobile-user")).toContainText("W0003");
  await expect(worker.getByTestId("live-status")).toHaveAttribute("data-connected", "true");
  // The dispatcher's context also shows the wall screen, live from the start.
  await signIn(dispatcher, "/dispatch", "dispatcher");
  const wall = await dispatcher.context().newPage();
  await wall.goto("/");
  await expect(wall.getByTestId("connection-status")).toHaveAttribute("data-state", "connected");

  // 上报: the resident, signed in, reports with a photo and the phone's position.
  await signIn(resident, "/report", "resident");
  await expect(resident.getByTestId("photo-input")).toBeEnabled();
  await resident.getByTestId("photo-input").setInputFiles({ name: "fire-lane.png", mimeType: "image/png", buffer: gradientPng() });
  await expect(resident.getByRole("img", { name: "要反映的问题的照片" })).toHaveAttribute("data-state", "done");
  await resident.getByTestId("use-gps").tap();
  await expect(resident.getByTestId("chosen-location")).toContainText(`${w3.lat.toFixed(5)}, ${w3.lng.toFixed(5)}`);
  await resident.getByRole("button", { name: /更多类别/ }).tap();
  await resident.getByTestId("category-fire_lane_blocked").tap();
  const description = `e2e 小区消防通道被车辆堵死 ${Date.now()}`;
  await resident.getByTestId("description").fill(description);
  const posted = resident.waitForResponse((r) => r.url().endsWith("/api/events") && r.request().method() === "POST");
  await resident.getByTestId("submit-report").tap();
  const accepted = (await (await posted).json()) as EventAccepted;
  const caseId = caseIdForEvent(accepted.eventId);
  await resident.getByTestId("open-tracking").tap();
  await expect(resident.getByTestId("tracking-feed").locator("li").first()).toContainText("已派给网格员处理");

  // 分派 → 签收 → 到场 → 办结: the task arrives live on W0003's phone.
  const card = worker.locator(`[data-testid="task-card"][data-case-id="${caseId}"]`);
  await expect(card).toHaveAttribute("data-stage", "dispatched");
  await card.click();
  const detail = worker.getByTestId("task-detail");
  await worker.getByTestId("action-sign_for").click();
  await expect(detail).toHaveAttribute("data-stage", "in_progress");
  await worker.getByTestId("action-arrive").click();
  await worker.getByTestId("confirm-arrive").click();
  await expect(detail).toContainText("已到场");
  await worker.getByTestId("action-resolve").click();
  await worker.getByTestId("result-input").fill("已联系车主挪车，消防通道恢复畅通");
  await worker.getByTestId("after-input").setInputFiles({ name: "after.png", mimeType: "image/png", buffer: gradientPng(96) });
  await expect(worker.getByTestId("after-photo")).toHaveAttribute("data-state", "uploaded");
  await worker.getByTestId("confirm-resolve").click();
  await expect(detail).toHaveAttribute("data-stage", "resolved");

  // 评价: the resident sees the result and the photo, and is not satisfied.
  await expect(resident.getByTestId("tracking-result")).toContainText("消防通道恢复畅通");
  await expect(resident.getByTestId("tracking-result").locator("img")).toHaveCount(1);
  await resident.getByTestId("rating-panel").getByRole("radio", { name: "不满意", exact: true }).tap();
  await resident.getByTestId("send-rating").tap();
  await expect(resident.getByText("您的评价：不满意", { exact: true })).toBeVisible();
  await expect(resident.getByTestId("tracking-feed")).toContainText("重新办理");

  // 重新办理: dispatched to W0003 again, with a fresh sign-for deadline, which they let pass.
  await worker.getByRole("link", { name: "返回" }).click();
  await expect(card).toHaveAttribute("data-stage", "dispatched");
  await expect(card.getByTestId("task-deadline")).toContainText(/签收.*分钟内/);
  await worker.screenshot({ path: testInfo.outputPath("worker-task-back.png") });

  // The SLA job at the deadline recalls the task from W0003 and flags the case overdue.
  await expect(card).toHaveCount(0, { timeout: overdueWithin });
  await worker.screenshot({ path: testInfo.outputPath("worker-final.png") });

  await dispatcher.getByTestId("filter-overdue").check();
  const row = dispatcher.locator(`[data-testid="queue-row"][data-case-id="${caseId}"]`);
  await expect(row).toHaveAttribute("data-overdue", "true");
  await expect(row.getByTestId("flag-overdue")).toHaveText("超期");
  await row.getByRole("button").click();
  const history = dispatcher.getByTestId("case-history");
  await expect(history.locator('[data-action="rate"]')).toContainText(/重新办理[\s\S]*不满意/);
  await expect(history.locator('[data-action="sla_breach"]')).toHaveCount(1);
  await expect(history.locator('[data-action="recall"]')).toHaveCount(1);
  await expect(dispatcher.getByTestId("case-assignee")).not.toContainText("W0003");
  await dispatcher.screenshot({ path: testInfo.outputPath("dispatcher-final.png") });

  // The wall screen turned the case red live: its queue card, the legend, and its dot on the map.
  const item = wall.locator(`[data-testid="case-item"][data-case-id="${caseId}"]`);
  await expect(item).toHaveAttribute("data-overdue", "true");
  await expect(item.getByTestId("overdue-flag")).toHaveText("超期");
  await expect(item.getByRole("button")).toHaveCSS("border-left-color", "rgb(239, 68, 68)");
  await expect(wall.getByTestId("legend-overdue")).toHaveText("超期");
  await item.getByRole("button").click();
  await expect(wall.getByTestId("case-popup")).toHaveAttribute("data-overdue", "true");
  // Selecting a case flies the map to it: the dot at the map's centre must turn red (under the white selection halo).
  const map = (await wall.getByRole("region", { name: /城市运行地图/ }).boundingBox())!;
  await expect
    .poll(async () => {
      const [r, g, b] = await pixelAt(wall, map.x + map.width / 2, map.y + map.height / 2);
      return r > 200 && g < 130 && b < 130;
    }, { timeout: 10_000 })
    .toBe(true);
  await wall.screenshot({ path: testInfo.outputPath("wall-screen-final.png") });
  await wall.getByTestId("language-en").click();
  await expect(item.getByTestId("overdue-flag")).toHaveText("Overdue");
  await expect(wall.getByTestId("legend-overdue")).toHaveText("Overdue");
  await wall.screenshot({ path: testInfo.outputPath("wall-screen-final-en.png") });

  await expect(resident.getByTestId("tracking-page")).toHaveAttribute("data-stage", "dispatched");
  await resident.screenshot({ path: testInfo.outputPath("resident-final.png"), fullPage: true });
});
