import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BASE_URL, launchChromium, newContext, signIn } from "./browser";

describe("reporting an incident against the real stack", () => {
  let browser: Browser;
  const title = `E2E 订单系统无法下单 ${Date.now()}`;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("a reporter signs in through Keycloak, reports a fault and sees it listed", async () => {
    const context = await newContext(browser);
    const page = await signIn(context, "reporter");
    await page.waitForURL(`${BASE_URL}/incidents`);
    await page.getByRole("heading", { name: "故障列表" }).waitFor();

    await page.getByRole("button", { name: "上报故障" }).click();
    await page.waitForURL(`${BASE_URL}/incidents/new`);
    await page.getByLabel("标题").fill(title);
    await page
      .getByLabel("故障现象")
      .fill("门店下单时提示“系统繁忙”，已持续 10 分钟，仓库收不到新订单。");
    const systems = page.locator('[data-testid="affected-systems"] input');
    await systems.fill("订单系统 OMS");
    await systems.press("Enter");
    await page.getByLabel("仓储").check();
    await page.getByLabel("销售/客服").check();
    await page.getByRole("button", { name: "提交上报" }).click();

    await page.waitForURL(/\/incidents\/\d+$/);
    await expect(page.getByTestId("incident-title").textContent()).resolves.toBe(title);
    await expect(page.getByTestId("incident-status").textContent()).resolves.toBe("已上报");
    await page.getByText("上报了故障").waitFor();

    await page.goto(`${BASE_URL}/incidents`);
    await page.getByRole("link", { name: title }).waitFor();
    await context.close();
  });

  it("the warehouse, in another browser context, sees the same incident", async () => {
    const context = await newContext(browser);
    const page = await signIn(context, "warehouse");
    await page.waitForURL(`${BASE_URL}/incidents`);
    await page.getByRole("link", { name: title }).waitFor();
    await page.getByRole("link", { name: title }).click();
    await page.waitForURL(/\/incidents\/\d+$/);
    await page.getByText("订单系统 OMS").waitFor();
    await expect(page.getByTestId("incident-status").textContent()).resolves.toBe("已上报");
    await context.close();
  });

  it("a driver on a 360 px phone sees the list without sideways scrolling", async () => {
    const context = await newContext(browser, { width: 360, height: 740 });
    const page = await signIn(context, "driver");
    await page.waitForURL(`${BASE_URL}/incidents`);
    await page.getByRole("link", { name: title }).waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });

  it("the English switch persists across a reload", async () => {
    const context = await newContext(browser);
    const page = await signIn(context, "comms");
    await page.getByRole("heading", { name: "故障列表" }).waitFor();
    await page.getByTestId("language-switch").click();
    await page.getByRole("heading", { name: "Incidents" }).waitFor();
    await page.reload();
    await page.getByRole("heading", { name: "Incidents" }).waitFor();
    await context.close();
  });

  it("a wrong password is refused on the Keycloak page", async () => {
    const context = await newContext(browser);
    const page = await signIn(context, "reporter", "not-the-password");
    await page.getByText(/无效的用户名或密码|Invalid username or password/).waitFor();
    expect(page.url()).toContain("/realms/kuailv/");
    expect(page.url()).not.toContain(BASE_URL);
    await context.close();
  });

  it("signing out ends the session", async () => {
    const context = await newContext(browser);
    const page = await signIn(context, "tech");
    await page.getByRole("heading", { name: "故障列表" }).waitFor();
    await page.getByTestId("user-menu").hover();
    await page.getByText("退出登录").click();
    await page.waitForURL(/\/realms\/kuailv\/protocol\/openid-connect\/auth/);
    await page.locator("#username").waitFor();
    await context.close();
  });
});
