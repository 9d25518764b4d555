import { expect, test, type Page } from "@playwright/test";
import { riskMapSchema } from "@/lib/contracts/risk";
import { heavyRainReadings, RAINED_ON_GAUGES } from "../support/risk-inputs";
import { testGatewayTokens } from "../support/services";

// Rain through the gateway, a debounced recomputation, then the console's round trips on a shared machine.
test.describe.configure({ timeout: 150_000 });

async function signIn(page: Page, path: string, username: string, landing: RegExp) {
  await page.goto(path);
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill("tonglan2026");
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expect(page).toHaveURL(landing);
}

test("a dispatcher opens a risk point, sends the nearest pump in one click, and the case records the risk", async ({ page }, testInfo) => {
  await signIn(page, "/dispatch", "dispatcher", /\/dispatch$/);
  // Three hours of 90 mm/h on two neighbouring gauges: the risk worker recomputes, and their cells lead the map.
  const rained = await page.request.post("/api/sensors/readings", {
    headers: { authorization: `Bearer ${testGatewayTokens.SENSOR_GATEWAY_TOKEN}` },
    data: heavyRainReadings(new Date(), RAINED_ON_GAUGES.map((g) => g.id), 90, 3),
  });
  expect(rained.status()).toBe(200);
  await expect
    .poll(async () => riskMapSchema.parse(await (await page.request.get("/api/risk?horizon=1h")).json()).cells.length, { timeout: 60_000 })
    .toBeGreaterThan(0);

  await page.getByTestId("console-view-risk").click();
  await expect(page.getByTestId("risk-horizon-1h")).toHaveAttribute("aria-pressed", "true");
  const top = page.getByTestId("risk-point-row").first();
  await expect(top).toContainText(/\d+%/);
  await expect(top).toContainText("预计降雨");
  const cell = (await top.getAttribute("data-cell"))!;
  await top.click();

  const panel = page.getByTestId("risk-point-panel");
  await expect(panel).toHaveAttribute("data-cell", cell);
  await expect(panel.getByTestId("risk-reasons")).toContainText("排水能力");
  const pump = panel.getByTestId("risk-action-pump");
  await expect(pump).toContainText(/PT-\d{4}/);
  await expect(pump).toContainText(/约 \d+ 分钟到达/);
  const pumpCode = /PT-\d{4}/.exec((await pump.textContent())!)![0];
  await expect(panel.getByTestId("risk-action-sandbags")).toContainText(/库存余 \d+ 袋/);
  await expect(panel.getByTestId("risk-action-shelter")).toContainText(/余 \d+ 个床位/);
  await page.screenshot({ path: testInfo.outputPath("console-risk-point-1080p.png") });

  await pump.getByTestId("risk-send-pump").click();
  const done = pump.getByTestId("risk-action-done");
  await expect(done).toContainText(`已派出 ${pumpCode}，已生成工单`);
  await page.screenshot({ path: testInfo.outputPath("console-risk-pump-sent-1080p.png") });

  // The case it opened: 防汛预置 at the point, the risk in its history, the pump on its way.
  await done.getByTestId("risk-open-case").click();
  const detail = page.getByTestId("case-detail");
  await expect(detail).toContainText("防汛预置");
  const motive = detail.locator('[data-testid="history-entry"][data-action="risk_action"]');
  await expect(motive).toContainText("据风险点派出");
  await expect(motive).toContainText(/1 小时内积水概率 \d+%/);
  await expect(motive).toContainText("预计降雨");
  const sent = page.getByTestId("case-resources").getByTestId("resource-on-case");
  await expect(sent).toContainText(pumpCode);
  await expect(sent).toHaveAttribute("data-state", "en_route");
  await page.screenshot({ path: testInfo.outputPath("console-risk-case-1080p.png") });

  // A link to the point (the wall screen's risk list can give one) opens it directly.
  await page.goto(`/dispatch?risk=${cell}`);
  await expect(page.getByTestId("console-view-risk")).toHaveAttribute("aria-selected", "true");
  await expect(page.getByTestId("risk-point-panel")).toHaveAttribute("data-cell", cell);
});

