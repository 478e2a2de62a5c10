import type { Browser, Page } from "playwright-core";
import { writeFileSync, appendFileSync } from "node:fs";
import { afterAll, beforeAll, describe, it } from "vitest";
import { BASE_URL, launchChromium, newContext, signIn } from "./browser";

const LOG = "/tmp/walk/m.log";
const log = (...a: unknown[]) => appendFileSync(LOG, a.map(String).join(" ") + "\n");
function watch(page: Page, tag: string) {
  page.on("console", (m) => { if (m.type() === "error" || m.type() === "warning") log(`[${tag}] console.${m.type()}:`, m.text().slice(0, 400)); });
  page.on("pageerror", (e) => log(`[${tag}] pageerror:`, e.message));
  page.on("response", (r) => { if (r.status() >= 400) log(`[${tag}] HTTP ${r.status()} ${r.request().method()} ${r.url()}`); });
  page.on("requestfailed", (r) => log(`[${tag}] requestfailed ${r.url()} ${r.failure()?.errorText}`));
}
async function overflow(page: Page, tag: string) {
  const o = await page.evaluate(() => ({ sw: document.documentElement.scrollWidth, vw: window.innerWidth, cw: document.documentElement.clientWidth }));
  log(`[${tag}] overflow check`, JSON.stringify(o));
  if (o.sw > o.cw) {
    const wide = await page.evaluate(() => {
      const out: string[] = [];
      document.querySelectorAll("body *").forEach((el) => { const r = el.getBoundingClientRect(); if (r.right > document.documentElement.clientWidth + 1 && out.length < 10) out.push(`${el.tagName}.${(el as HTMLElement).className} right=${r.right} text=${(el.textContent||"").slice(0,40)}`); });
      return out;
    });
    log(`[${tag}] OVERFLOW elements:`, wide.join(" | "));
  }
}

describe("walk /m", () => {
  let browser: Browser;
  beforeAll(async () => { writeFileSync(LOG, ""); browser = await launchChromium(); });
  afterAll(async () => { await browser?.close(); });

  for (const vp of [{ width: 360, height: 800 }, { width: 1440, height: 900 }]) {
    it(`driver at ${vp.width}`, async () => {
      const tag = `driver${vp.width}`;
      const context = await newContext(browser, vp);
      const page = await signIn(context, "driver");
      watch(page, tag);
      const posts: string[] = [];
      page.on("response", async (r) => { if (r.request().method() === "POST" && /\/api\/v1\/incidents$/.test(new URL(r.url()).pathname)) { posts.push(`${r.status()}`); try { const j = await r.json(); log(`[${tag}] POST incident ->`, r.status(), j.id); } catch {} } });
      await page.waitForURL(/localhost:18080/);
      await page.waitForTimeout(1500);
      log(`[${tag}] after login url`, page.url());
      await page.screenshot({ path: `/tmp/walk/m-${vp.width}-afterlogin.png` });
      await page.goto(`${BASE_URL}/m`);
      await page.getByRole("button", { name: "配送单打不开" }).or(page.locator(".kl-presets button").first()).first().waitFor({ timeout: 20000 });
      await page.waitForTimeout(1000);
      await page.screenshot({ path: `/tmp/walk/m-${vp.width}-1-home.png`, fullPage: true });
      await overflow(page, tag + " home");
      const presets = page.locator(".kl-presets button");
      log(`[${tag}] presets:`, (await presets.allTextContents()).join(" / "));
      // 1) report with a preset
      await presets.nth(0).click();
      await page.getByRole("dialog").waitFor();
      await page.screenshot({ path: `/tmp/walk/m-${vp.width}-2-sheet.png` });
      await overflow(page, tag + " sheet");
      log(`[${tag}] focused:`, await page.evaluate(() => document.activeElement?.textContent));
      await page.getByRole("dialog").getByRole("button", { name: "确认上报" }).or(page.locator(".kl-button-primary")).first().click();
      await page.getByRole("status").waitFor({ timeout: 15000 }).catch(() => log(`[${tag}] NO success status`));
      log(`[${tag}] status text:`, await page.getByRole("status").textContent().catch(() => "none"));
      log(`[${tag}] dialog count after confirm:`, await page.getByRole("dialog").count());
      await page.screenshot({ path: `/tmp/walk/m-${vp.width}-3-sent.png` });
      // 2) cancel with 取消
      await presets.nth(1).click();
      await page.getByRole("dialog").waitFor();
      await page.getByRole("dialog").getByRole("button", { name: "取消" }).click();
      await page.waitForTimeout(300);
      log(`[${tag}] dialog after 取消:`, await page.getByRole("dialog").count());
      // 3) cancel with Escape
      await presets.nth(2).click();
      await page.getByRole("dialog").waitFor();
      await page.keyboard.press("Escape");
      await page.waitForTimeout(300);
      log(`[${tag}] dialog after Escape:`, await page.getByRole("dialog").count());
      // Escape after clicking backdrop / focus elsewhere
      await presets.nth(2).click();
      await page.getByRole("dialog").waitFor();
      await page.mouse.click(5, 5);
      await page.waitForTimeout(300);
      log(`[${tag}] dialog after backdrop click:`, await page.getByRole("dialog").count());
      await page.keyboard.press("Escape");
      await page.waitForTimeout(300);
      log(`[${tag}] dialog after Escape2:`, await page.getByRole("dialog").count());
      // 4) double-tap confirm
      const before = posts.length;
      await presets.nth(3).click();
      await page.getByRole("dialog").waitFor();
      const confirm = page.locator(".kl-sheet .kl-button-primary");
      await confirm.dblclick();
      await page.waitForTimeout(3000);
      log(`[${tag}] POSTs from double-tap:`, posts.length - before, "status:", await page.getByRole("status").textContent().catch(() => "none"));
      // also two fast separate clicks via dispatch
      const before2 = posts.length;
      await presets.nth(4).click();
      await page.getByRole("dialog").waitFor();
      await page.evaluate(() => { const b = document.querySelector(".kl-sheet .kl-button-primary") as HTMLButtonElement; b.click(); b.click(); });
      await page.waitForTimeout(3000);
      log(`[${tag}] POSTs from 2 sync clicks:`, posts.length - before2);
      await page.screenshot({ path: `/tmp/walk/m-${vp.width}-4-after-dbl.png`, fullPage: true });
      // 5) language switch
      await page.getByTestId("language-switch").click();
      await page.waitForTimeout(800);
      await page.screenshot({ path: `/tmp/walk/m-${vp.width}-5-en.png`, fullPage: true });
      const text = await page.evaluate(() => document.body.innerText);
      const han = text.split("\n").filter((l) => /[\u4e00-\u9fff]/.test(l));
      log(`[${tag}] EN lines with Chinese:`, JSON.stringify(han));
      log(`[${tag}] html lang:`, await page.evaluate(() => document.documentElement.lang), "title:", await page.title());
      await overflow(page, tag + " en");
      await presets.nth(0).click();
      await page.getByRole("dialog").waitFor();
      await page.screenshot({ path: `/tmp/walk/m-${vp.width}-6-en-sheet.png` });
      log(`[${tag}] EN sheet text:`, (await page.getByRole("dialog").innerText()).replace(/\n/g, " | "));
      await page.keyboard.press("Escape");
      await overflow(page, tag + " en-sheet");
      // switch back
      await page.getByTestId("language-switch").click();
      await page.waitForTimeout(500);
      await context.close();
    });
  }
});
