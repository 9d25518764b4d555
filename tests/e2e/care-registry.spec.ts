import { expect, test, type Browser, type Page } from "@playwright/test";

// W0001, the demo user "worker", stands here (lib/city/shanghai/workers.json); the demo user "community" keeps the
// care registry of W0001's grid, "community2" that of W0003's.
const w1 = { lat: 31.20734, lng: 121.47931 };
const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

test.use({ ...phone, geolocation: { latitude: w1.lat, longitude: w1.lng, accuracy: 10 }, permissions: ["geolocation"] });

async function signIn(page: Page, username: string, next: string) {
  await page.goto(`/sign-in?${new URLSearchParams({ next })}`);
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill("tonglan2026");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(new RegExp(`${next.replace(/\//g, "\\/")}$`));
}

async function phoneOf(browser: Browser, baseURL: string, username: string, next: string): Promise<Page> {
  const context = await browser.newContext({ ...phone, baseURL, locale: "zh-CN", timezoneId: "Asia/Shanghai" });
  const page = await context.newPage();
  await signIn(page, username, next);
  return page;
}

test("the care registry on the phone: a grid worker registers and announces, the grid's community staff edit, another grid's see it masked", async ({
  page,
  browser,
  baseURL,
}, testInfo) => {
  // The grid worker registers a household from the phone, at the position the phone reports.
  await signIn(page, "worker", "/m/care");
  await expect(page.getByTestId("care-households")).toBeVisible();
  await page.getByTestId("care-register-link").click();
  await expect(page).toHaveURL(/\/m\/care\/new$/);
  await page.locator('input[name="name"]').fill("钱桂芳");
  await page.locator('input[name="address"]').fill("黄浦区瞿溪路120弄5号302室");
  await page.locator('input[name="phone"]').fill("139abc");
  await page.getByRole("button", { name: "使用当前位置" }).click();
  await expect(page.locator('input[name="lat"]')).toHaveValue("31.207340");
  await page.locator('input[name="familyContacts.0.name"]').fill("钱明");
  await page.locator('input[name="familyContacts.0.relation"]').fill("儿子");
  await page.locator('input[name="familyContacts.0.phone"]').fill("13822223333");
  await page.locator('input[name="consentGivenBy"]').fill("钱桂芳");

  // A wrong phone: the API's 400 names the field, and the form shows its message under it.
  await page.getByRole("button", { name: "登记新关怀对象" }).click();
  await expect(page.locator('input[name="phone"]')).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator('label:has(input[name="phone"])')).toContainText("a phone number");
  await expect(page.getByRole("alert").filter({ hasText: "请检查标红的项目" })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("care-register-error.png"), fullPage: true });

  await page.locator('input[name="phone"]').fill("13912340000");
  await page.getByRole("button", { name: "登记新关怀对象" }).click();
  await expect(page).toHaveURL(/\/m\/care\/[0-9a-f-]{36}$/);
  const householdUrl = new URL(page.url()).pathname;
  await expect(page.getByTestId("care-household-page")).toHaveAttribute("data-masked", "false");
  await expect(page.getByTestId("care-household-name")).toContainText("钱桂芳");
  await expect(page.getByTestId("care-household-facts")).toContainText("89309959b8fffff");

  // Announces a hospital stay: the watch raises no alert until it ends.
  const absences = page.getByTestId("care-absences");
  await absences.getByRole("radio", { name: "住院" }).click();
  await absences.locator('input[name="note"]').fill("瑞金医院心内科");
  await absences.getByRole("button", { name: "报备" }).click();
  await expect(absences.getByTestId("care-absence")).toContainText("住院，至");
  await expect(absences.getByTestId("care-absence")).toContainText("瑞金医院心内科");
  await expect(page.getByTestId("care-history-entry").first()).toContainText("方建 · 报备外出");
  await page.screenshot({ path: testInfo.outputPath("care-registered-absence.png"), fullPage: true });

  // The community staff of the grid change a family contact's phone.
  const community = await phoneOf(browser, baseURL!, "community", householdUrl);
  await expect(community.getByTestId("care-household-page")).toHaveAttribute("data-masked", "false");
  await community.getByRole("button", { name: "修改信息" }).click();
  await community.locator('input[name="familyContacts.0.phone"]').fill("13855556666");
  await community.getByRole("button", { name: "保存修改" }).click();
  await expect(community.getByTestId("care-family-contact")).toHaveText("钱明（儿子）13855556666");
  await expect(community.getByTestId("care-history-entry").first()).toContainText("社区 黄丽 · 修改");
  await expect(community.getByTestId("care-history-entry").first()).toContainText("家属联系人");
  await community.screenshot({ path: testInfo.outputPath("care-community-edit.png"), fullPage: true });

  // Community staff of another grid see it masked, cannot change it, and read a history without values.
  const other = await phoneOf(browser, baseURL!, "community2", householdUrl);
  await expect(other.getByTestId("care-household-page")).toHaveAttribute("data-masked", "true");
  await expect(other.getByTestId("care-household-name")).toContainText("钱*");
  const shown = await other.locator("main").innerText();
  for (const secret of ["钱桂芳", "120弄", "13912340000", "13855556666", "瑞金医院"]) expect(shown).not.toContain(secret);
  await expect(other.getByRole("button", { name: "修改信息" })).toHaveCount(0);
  await expect(other.getByTestId("care-absences")).toHaveCount(0);
  await expect(other.getByTestId("care-history-entry")).toHaveCount(3);
  await other.screenshot({ path: testInfo.outputPath("care-other-grid-masked.png"), fullPage: true });

  // Back on the worker's phone, in English: the absence ends early and the page says so.
  await page.goto(`${householdUrl}?lang=en`);
  await page.getByTestId("care-absences").getByRole("button", { name: "End now" }).click();
  await expect(page.getByTestId("care-absences")).toContainText("No absence announced");
  await page.screenshot({ path: testInfo.outputPath("care-absence-ended-en.png"), fullPage: true });
});
