import { expect, request, test, type APIRequestContext } from "@playwright/test";
import type { CareAlertView, HouseholdView } from "@/lib/contracts/care";
import { regularLifeReadings } from "../support/care-readings";
import { testGatewayTokens } from "../support/services";

// W0001, the demo user "worker", stands here (lib/city/shanghai/workers.json).
const w1 = { lat: 31.20734, lng: 121.47931 };


async function signedIn(baseURL: string, username: string): Promise<APIRequestContext> {
  const api = await request.newContext({ baseURL });
  const response = await api.post("/api/auth/sign-in", { data: { username, password: "tonglan2026" } });
  expect(response.status()).toBe(200);
  return api;
}

test.use({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });

test("a grid worker opens a care alert on the phone, sees the household and records that the resident is safe", async ({ page, browser, baseURL }, testInfo) => {
  const desk = await signedIn(baseURL!, "dispatcher");
  const registered = await desk.post("/api/care/households", {
    data: {
      category: "elderly_alone",
      name: "赵淑珍",
      address: "黄浦区瞿溪路88弄3号201室",
      phone: "13955556666",
      location: w1,
      waterMeterId: "WM-0003",
      electricityMeterId: "EM-0003",
      gridWorkerId: "W0001",
      familyContacts: [{ name: "赵明", relation: "儿子", phone: "13811112222" }],
      consent: { givenBy: "赵淑珍", at: new Date().toISOString(), scope: "水电表读数用于独居关怀告警" },
    },
  });
  expect(registered.status()).toBe(201);
  const household = (await registered.json()) as HouseholdView;

  const gateway = await request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${testGatewayTokens.SENSOR_GATEWAY_TOKEN}` } });
  expect((await gateway.post("/api/sensors/readings", { data: regularLifeReadings({ water: "WM-0003", electricity: "EM-0003" }) })).status()).toBe(200);
  let alert: CareAlertView | undefined;
  await expect
    .poll(async () => {
      const { alerts } = (await (await desk.get("/api/care/alerts")).json()) as { alerts: CareAlertView[] };
      alert = alerts.find((a) => a.householdId === household.id && a.caseId !== null);
      return alert !== undefined;
    })
    .toBe(true);

  // The wall screen shows the open alert as a number, with no household on it.
  const screen = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await screen.goto("/");
  await expect(screen.getByTestId("care-open-count")).toHaveText("1");
  await expect(screen.getByTestId("care-alerts-panel")).not.toContainText("赵");
  await screen.screenshot({ path: testInfo.outputPath("care-wall-screen.png") });
  await screen.close();

  await page.goto("/m");
  await page.locator('input[name="username"]').fill("worker");
  await page.locator('input[name="password"]').fill("tonglan2026");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(/\/m$/);
  const card = page.locator(`[data-testid="task-card"][data-case-id="${alert!.caseId}"]`);
  await expect(card).toContainText("独居老人异常");
  await card.click();

  const panel = page.getByTestId("care-household");
  await expect(panel).toHaveAttribute("data-masked", "false");
  await expect(page.getByTestId("care-name")).toContainText("赵淑珍");
  await expect(panel).toContainText("黄浦区瞿溪路88弄3号201室");
  await expect(panel).toContainText("13955556666");
  await expect(panel).toContainText("赵明（儿子）13811112222");
  await expect(panel).toContainText(/自 .+ 起无用水/);
  await page.screenshot({ path: testInfo.outputPath("care-task.png"), fullPage: true });

  await panel.getByRole("radio", { name: "平安" }).click();
  await panel.getByRole("button", { name: "记录结果" }).click();
  await expect(page.getByTestId("care-outcome")).toHaveText("已记录：平安");
  await page.screenshot({ path: testInfo.outputPath("care-task-recorded.png"), fullPage: true });

  const { alert: stored } = (await (await desk.get(`/api/care/alerts/${alert!.id}`)).json()) as { alert: CareAlertView };
  expect(stored.outcome).toBe("safe");

  await page.goto("/m/care");
  await expect(page.getByTestId("care-households")).toContainText("赵淑珍");
  await page.screenshot({ path: testInfo.outputPath("care-registry.png"), fullPage: true });
  await desk.dispose();
  await gateway.dispose();
});
