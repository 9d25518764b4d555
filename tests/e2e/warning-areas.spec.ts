import { expect, test, type APIRequestContext } from "@playwright/test";
import { formatCapDateTime } from "@/lib/domain/alerts/cap-date-time";

const capTime = (minutes: number) => formatCapDateTime(new Date(Date.now() + minutes * 60_000));

function capAlert(identifier: string, body: { event: string; severity: string; area: string; msgType?: string; references?: string; sent?: string }) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">
  <identifier>${identifier}</identifier>
  <sender>smb@weather.sh.cn</sender>
  <sent>${body.sent ?? capTime(-1)}</sent>
  <status>Actual</status>
  <msgType>${body.msgType ?? "Alert"}</msgType>
  <scope>Public</scope>${body.references ? `<references>${body.references}</references>` : ""}
  <info>
    <language>zh-CN</language>
    <category>Met</category>
    <event>${body.event}</event>
    <urgency>Expected</urgency>
    <severity>${body.severity}</severity>
    <certainty>Likely</certainty>
    <expires>${capTime(180)}</expires>
    <headline>上海中心气象台发布${body.event}</headline>
    <area>${body.area}</area>
  </info>
</alert>`;
}

const post = (request: APIRequestContext, xml: string) =>
  request.post("/api/alerts", { headers: { "content-type": "application/cap+xml", authorization: `Bearer ${process.env.E2E_WEATHER_GATEWAY_TOKEN}` }, data: xml });

test("warnings in force are drawn and listed live, and leave when cancelled", async ({ page }, testInfo) => {
  // Two screenshots, one at 4K, drawn by software WebGL.
  test.setTimeout(180_000);
  const suffix = Date.now();
  const typhoonSent = capTime(-1);
  const typhoon = capAlert(`E2E-TY-${suffix}`, {
    event: "台风橙色预警",
    severity: "Severe",
    sent: typhoonSent,
    area: "<areaDesc>浦东新区、黄浦区</areaDesc><polygon>31.12,121.48 31.32,121.50 31.30,121.72 31.14,121.70 31.12,121.48</polygon>",
  });
  expect((await post(page.request, typhoon)).status()).toBe(201);

  await page.goto("/");
  await expect(page.getByTestId("connection-status")).toHaveAttribute("data-state", "connected");
  const panel = page.getByTestId("warnings");
  await expect(panel.getByTestId("warning").filter({ hasText: "台风橙色预警" })).toContainText("橙色");

  // Arrives over the socket while the screen is open.
  const rainSent = capTime(-1);
  const rain = capAlert(`E2E-RAIN-${suffix}`, { event: "暴雨红色预警", severity: "Extreme", sent: rainSent, area: "<areaDesc>闵行区</areaDesc><circle>31.11,121.38 9</circle>" });
  expect((await post(page.request, rain)).status()).toBe(201);
  const items = panel.getByTestId("warning");
  await expect(items.first()).toContainText("暴雨红色预警");
  await expect(items.first()).toContainText("红色");
  await page.screenshot({ path: testInfo.outputPath("warning-areas-1080p.png") });

  await page.setViewportSize({ width: 3840, height: 2160 });
  await expect(items.first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("warning-areas-4k.png") });

  const cancel = capAlert(`E2E-TY-${suffix}-CANCEL`, {
    event: "台风橙色预警",
    severity: "Severe",
    msgType: "Cancel",
    references: `smb@weather.sh.cn,E2E-TY-${suffix},${typhoonSent}`,
    sent: capTime(0),
    area: "<areaDesc>浦东新区、黄浦区</areaDesc>",
  });
  expect((await post(page.request, cancel)).status()).toBe(201);
  await expect(panel.getByTestId("warning").filter({ hasText: "台风橙色预警" })).toHaveCount(0);
  await expect(items.filter({ hasText: "暴雨红色预警" })).toHaveCount(1);

  // Other specs share this server's map: leave no warning in force behind.
  const cancelRain = capAlert(`E2E-RAIN-${suffix}-CANCEL`, {
    event: "暴雨红色预警",
    severity: "Extreme",
    msgType: "Cancel",
    references: `smb@weather.sh.cn,E2E-RAIN-${suffix},${rainSent}`,
    sent: capTime(0),
    area: "<areaDesc>闵行区</areaDesc>",
  });
  expect((await post(page.request, cancelRain)).status()).toBe(201);
  await expect(panel).toContainText("当前无生效预警");
});
