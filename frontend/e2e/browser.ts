import { existsSync } from "node:fs";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

export const BASE_URL = process.env.E2E_BASE_URL ?? "http://localhost:18080";
export const PASSWORD = "kuailv-demo";
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Debian's Chromium, never a downloaded browser; a missing one fails the run. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's chromium package.`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

export async function newContext(
  browser: Browser,
  viewport = { width: 1280, height: 800 },
): Promise<BrowserContext> {
  return browser.newContext({ locale: "zh-CN", timezoneId: "Asia/Shanghai", viewport });
}

/** Opens the app, which sends the browser to Keycloak's own login page, and signs in there. */
export async function signIn(
  context: BrowserContext,
  username: string,
  password = PASSWORD,
): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${BASE_URL}/incidents`);
  await page.waitForURL(/\/realms\/kuailv\/protocol\/openid-connect\/auth/);
  await page.locator("#username").fill(username);
  await page.locator("#password").fill(password);
  await page.locator("#kc-login").click();
  return page;
}

/**
 * Chooses `option` in the antd select labelled `label` and returns once the select shows it. A
 * choice can be lost when the drop-down opens while its drawer is still sliding in and focus moves
 * under it (seen once in CI): then the drop-down is opened and the option chosen again, up to three
 * times, so a lost click never passes unnoticed as "chosen".
 */
export async function chooseOption(page: Page, label: string, option: string): Promise<void> {
  const combobox = page.getByRole("combobox", { name: label });
  const shown = page.locator(".ant-select", { has: combobox }).locator(`[title="${option}"]`);
  const item = page.locator(
    `.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title="${option}"]`,
  );
  for (let attempt = 1; ; attempt++) {
    if ((await combobox.getAttribute("aria-expanded")) !== "true") await combobox.click();
    await item.click();
    try {
      await shown.waitFor({ timeout: 3_000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}
