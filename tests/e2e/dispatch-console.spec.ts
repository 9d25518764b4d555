import { expect, test, type Page } from "@playwright/test";
import type { EventAccepted } from "@/lib/contracts/event-report";
import { caseIdForEvent } from "@/lib/domain/ids";

async function reportGarbage(page: Page, description: string, extra: Record<string, unknown> = {}): Promise<string> {
  const response = await page.request.post("/api/events", {
    data: { channel: "hotline", category: "garbage_pileup", description, location: { lat: 31.2304, lng: 121.4737 }, ...extra },
  });
  expect(response.status()).toBe(202);
  return caseIdForEvent(((await response.json()) as EventAccepted).eventId);
}

async function signInThroughTheForm(page: Page) {
  await page.goto("/dispatch");
  await expect(page).toHaveURL(/\/sign-in\?next=(%2F|\/)dispatch$/);
  await page.getByLabel("用户名").fill("dispatcher");
  await page.getByLabel("密码").fill("tonglan2026");
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expect(page).toHaveURL(/\/dispatch$/);
  await expect(page.getByTestId("connection-status")).toHaveAttribute("data-state", "connected");
}

async function openCase(page: Page, caseId: string) {
  const row = page.locator(`[data-testid="queue-row"][data-case-id="${caseId}"]`);
  await expect(row).toHaveAttribute("data-stage", "dispatched");
  await row.getByRole("button").click();
  await expect(page.getByTestId("case-detail")).toHaveAttribute("data-case-id", caseId);
}

test("a dispatcher signs in, filters the queue, reads a case's history and reassigns it", async ({ page }, testInfo) => {
  await signInThroughTheForm(page);
  const caseId = await reportGarbage(page, `e2e 调度台 垃圾堆积 ${Date.now()}`);

  await page.getByTestId("filter-stage-dispatched").click();
  await page.getByTestId("filter-category").selectOption("garbage_pileup");
  await expect(page.getByTestId("dispatch-queue")).toHaveAttribute("data-status", "ready");
  await openCase(page, caseId);
  for (const row of await page.getByTestId("queue-row").all()) await expect(row).toHaveAttribute("data-stage", "dispatched");

  const history = page.getByTestId("case-history");
  await expect(history.getByTestId("history-entry")).toHaveCount(3);
  await expect(history).toContainText("上报");
  await expect(history).toContainText("系统 · 自动派单");
  await expect(page.getByRole("region", { name: "工单与建议处置人位置" })).toBeVisible();

  await page.getByTestId("action-reassign").click();
  const best = page.getByTestId("candidate").first();
  const workerId = await best.getAttribute("data-worker-id");
  await best.click();
  await page.getByTestId("action-reason").fill("原处置人正在处理紧急任务");
  await page.screenshot({ path: testInfo.outputPath("dispatch-console-reassign-1080p.png") });
  await page.getByTestId("confirm-assign").click();

  await expect(page.getByTestId("action-notice")).toHaveAttribute("data-tone", "done");
  await expect(page.getByTestId("case-assignee")).toContainText(workerId!);
  await expect(history.locator('[data-action="reassign"]')).toContainText("原处置人正在处理紧急任务");
  await expect(page.locator(`[data-testid="queue-row"][data-case-id="${caseId}"]`)).toContainText(
    (await page.getByTestId("case-assignee").innerText()).split(" ")[0]!,
  );
  await page.screenshot({ path: testInfo.outputPath("dispatch-console-1080p.png") });
});

test("when someone else changes the case first, the console says so and shows the case as it now is", async ({ page }, testInfo) => {
  await signInThroughTheForm(page);
  const caseId = await reportGarbage(page, `e2e 调度台 并发 ${Date.now()}`);
  await openCase(page, caseId);
  const version = Number(await page.getByTestId("case-detail").getAttribute("data-version"));

  await page.getByTestId("action-cancel").click();
  await page.getByTestId("action-reason").fill("居民来电说明已自行处理");
  // Another dispatcher reassigns the case just before this cancel reaches the server.
  await page.route(`**/api/cases/${caseId}/actions`, async (route) => {
    const candidates = await (await page.request.get(`/api/cases/${caseId}/candidates`)).json();
    const other = await page.request.post(`/api/cases/${caseId}/actions`, {
      data: { action: "reassign", workerId: candidates.suggestions[0].workerId, reason: "另一位调度员改派", expectedVersion: version },
    });
    expect(other.status()).toBe(200);
    await route.continue();
  });
  await page.getByTestId("confirm-cancel").click();

  await expect(page.getByTestId("action-notice")).toHaveText(/该工单已被他人修改，已刷新/);
  await expect(page.getByTestId("case-detail")).toHaveAttribute("data-version", String(version + 1));
  await expect(page.getByTestId("case-history").locator('[data-action="reassign"]')).toContainText("另一位调度员改派");
  await page.screenshot({ path: testInfo.outputPath("dispatch-console-conflict.png") });
});

test("merging a duplicate lists both reports, with their channels and reporters, on the case that is kept", async ({ page }, testInfo) => {
  await signInThroughTheForm(page);
  const at = Date.now();
  // Away from the other tests' reports, so this pair is each other's only duplicate.
  const keptId = await reportGarbage(page, `e2e 调度台 路口垃圾 ${at}`, { reporter: { name: "李先生", phone: "13812345678" }, location: { lat: 31.2235, lng: 121.4452 } });
  const duplicateId = await reportGarbage(page, `e2e 调度台 路口又见垃圾 ${at}`, {
    channel: "resident_app",
    reporter: { phone: "13698765432" },
    location: { lat: 31.2239, lng: 121.4452 },
  });
  await openCase(page, duplicateId);
  const duplicateCode = (await page.getByTestId("case-detail").locator("h2").first().innerText()).trim();

  await page.getByTestId("action-merge").click();
  await page.locator(`[data-testid="duplicate"][data-case-id="${keptId}"]`).getByTestId("confirm-merge").click();
  await expect(page.getByTestId("action-notice")).toHaveAttribute("data-tone", "done");

  await openCase(page, keptId);
  const reports = page.getByTestId("case-report");
  await expect(reports).toHaveCount(2);
  await expect(reports.nth(0)).toContainText("12345 热线");
  await expect(reports.nth(0)).toContainText("李先生 · 13812345678");
  await expect(reports.nth(1)).toContainText("居民上报");
  await expect(reports.nth(1)).toContainText(`合并自 ${duplicateCode}`);
  await expect(reports.nth(1)).toContainText("13698765432");
  await page.screenshot({ path: testInfo.outputPath("dispatch-console-merged-reports-1080p.png") });
});
