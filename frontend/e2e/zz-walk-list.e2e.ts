import type { Browser, Page } from "playwright-core";
import { writeFileSync, appendFileSync } from "node:fs";
import { afterAll, beforeAll, describe, it } from "vitest";
import { BASE_URL, launchChromium, newContext, signIn } from "./browser";

const LOG = "/tmp/walk/list.log";
const log = (...a: unknown[]) => appendFileSync(LOG, a.map(String).join(" ") + "\n");
function watch(page: Page, tag: string) {
  page.on("console", (m) => { if (m.type() === "error" || m.type() === "warning") log(`[${tag}] console.${m.type()}:`, m.text().slice(0, 400)); });
  page.on("pageerror", (e) => log(`[${tag}] pageerror:`, e.message));
  page.on("response", (r) => { if (r.status() >= 400) log(`[${tag}] HTTP ${r.status()} ${r.request().method()} ${r.url()}`); });
  page.on("request", (r) => { if (/\/api\/v1\/incidents\?/.test(r.url())) log(`[${tag}] GET ${decodeURIComponent(r.url().replace(BASE_URL, ""))}`); });
}
async function overflow(page: Page, tag: string) {
  const o = await page.evaluate(() => ({ sw: document.documentElement.scrollWidth, cw: document.documentElement.clientWidth }));
  log(`[${tag}] overflow`, JSON.stringify(o), o.sw > o.cw ? "OVERFLOW!" : "ok");
  if (o.sw > o.cw) {
    const wide = await page.evaluate(() => {
      const out: string[] = [];
      document.querySelectorAll("body *").forEach((el) => { const r = el.getBoundingClientRect(); if (r.right > document.documentElement.clientWidth + 1 && out.length < 8) out.push(`${el.tagName}.${String((el as HTMLElement).className).slice(0,60)} right=${Math.round(r.right)}`); });
      return out;
    });
    log(`[${tag}]   wide elements:`, wide.join(" | "));
  }
}
async function step(tag: string, name: string, fn: () => Promise<void>) {
  try { await fn(); } catch (e) { log(`[${tag}] STEP FAILED ${name}:`, (e as Error).message.split("\n")[0]); }
}
async function listSummary(page: Page, tag: string, label: string) {
  await page.waitForTimeout(1200);
  const rows = await page.locator('[data-testid="incident-table"] tbody tr, [data-testid="incident-cards"] li').count();
  const total = await page.locator(".ant-pagination-total-text").textContent().catch(() => null);
  const empty = await page.locator(".kl-list-empty").textContent().catch(() => null);
  log(`[${tag}] ${label}: rows=${rows} total=${total} empty=${empty}`);
  return rows;
}

async function deselect(page: Page, n: number) {
  await page.locator(".ant-select").nth(n).click();
  await page.waitForTimeout(300);
  await page.locator(".ant-select-dropdown:visible .ant-select-item-option-selected").first().click();
  await page.keyboard.press("Escape");
}

describe("walk /incidents", () => {
  let browser: Browser;
  beforeAll(async () => { writeFileSync(LOG, ""); browser = await launchChromium(); });
  afterAll(async () => { await browser?.close(); });

  for (const vp of [{ width: 1440, height: 900 }, { width: 360, height: 800 }]) {
    it(`commander at ${vp.width}`, async () => {
      const tag = `cmd${vp.width}`;
      const W = vp.width;
      const context = await newContext(browser, vp);
      const page = await signIn(context, "commander");
      watch(page, tag);
      page.setDefaultTimeout(8000);
      await page.waitForURL(`${BASE_URL}/incidents`);
      await page.getByRole("heading", { name: "故障列表" }).waitFor();
      await listSummary(page, tag, "initial");
      await page.screenshot({ path: `/tmp/walk/list-${W}-1-initial.png`, fullPage: true });
      await overflow(page, tag + " initial");
      const all = await page.locator('[data-testid="incident-table"] tbody tr td:first-child, [data-testid="incident-cards"] li .kl-secondary').allTextContents();
      log(`[${tag}] ids page1:`, all.map((s) => s.split(" ")[0]).join(","));
      // pagination
      await step(tag, "pagination", async () => {
        const next = page.locator(".ant-pagination-next");
        log(`[${tag}] pagination present:`, await page.locator(".ant-pagination").count(), "next disabled:", await next.getAttribute("aria-disabled"));
        if ((await next.getAttribute("aria-disabled")) !== "true") {
          await next.click();
          await listSummary(page, tag, "page 2");
          const ids2 = await page.locator('[data-testid="incident-table"] tbody tr td:first-child, [data-testid="incident-cards"] li .kl-secondary').allTextContents();
          log(`[${tag}] ids page2:`, ids2.map((s) => s.split(" ")[0]).join(","));
          await page.screenshot({ path: `/tmp/walk/list-${W}-2-page2.png`, fullPage: true });
          await overflow(page, tag + " page2");
          await page.locator(".ant-pagination-prev").click();
          await listSummary(page, tag, "back page 1");
        }
      });
      // status filter
      await step(tag, "status filter", async () => {
        await page.getByLabel("状态筛选").or(page.locator(".ant-select").nth(0)).first().click();
        await page.waitForTimeout(400);
        await page.screenshot({ path: `/tmp/walk/list-${W}-3-status-open.png` });
        await overflow(page, tag + " status-open");
        await page.locator(".ant-select-item-option").filter({ hasText: "已上报" }).first().click();
        await page.keyboard.press("Escape");
        await listSummary(page, tag, "status=已上报");
        const tags = await page.locator('[data-testid="incident-table"] tbody tr td:nth-child(3), [data-testid="incident-cards"] li .kl-incident-card-head').allTextContents();
        log(`[${tag}] statuses shown:`, [...new Set(tags.map((t) => t.replace(/.*?(已上报|研判中|处置中|验证中|已恢复|已复盘|已取消).*/, "$1")))].join(","));
        await page.screenshot({ path: `/tmp/walk/list-${W}-4-status-filtered.png`, fullPage: true });
        await deselect(page, 0);
        await listSummary(page, tag, "status cleared");
      });
      // grade
      await step(tag, "grade filter", async () => {
        await page.locator(".ant-select").nth(1).click();
        await page.waitForTimeout(400);
        const opts = await page.locator(".ant-select-dropdown:visible .ant-select-item-option").allTextContents();
        log(`[${tag}] grade options:`, opts.join(","));
        await page.locator(".ant-select-dropdown:visible .ant-select-item-option").first().click();
        await page.keyboard.press("Escape");
        await listSummary(page, tag, `grade=${opts[0]}`);
        await page.screenshot({ path: `/tmp/walk/list-${W}-5-grade.png`, fullPage: true });
        await deselect(page, 1);
        await listSummary(page, tag, "grade cleared");
      });
      // category
      await step(tag, "category filter", async () => {
        await page.locator(".ant-select").nth(2).click();
        await page.waitForTimeout(400);
        const opts = await page.locator(".ant-select-dropdown:visible .ant-select-item-option").allTextContents();
        log(`[${tag}] category options:`, opts.join(","));
        await page.screenshot({ path: `/tmp/walk/list-${W}-6-category-open.png` });
        await page.locator(".ant-select-dropdown:visible .ant-select-item-option").filter({ hasText: "配送" }).first().click();
        await page.keyboard.press("Escape");
        await listSummary(page, tag, `category=配送*`);
        await deselect(page, 2);
        await listSummary(page, tag, "category cleared");
      });
      // date range
      await step(tag, "date range", async () => {
        const btn = page.getByRole("button", { name: /报告日期范围/ });
        log(`[${tag}] range button count:`, await btn.count());
        await btn.click();
        await page.locator(".ant-picker-dropdown").waitFor({ timeout: 10000 });
        await page.waitForTimeout(600);
        await page.screenshot({ path: `/tmp/walk/list-${W}-7-range-open.png` });
        await overflow(page, tag + " range-open");
        const box = await page.locator(".ant-picker-dropdown .ant-picker-panel-container").boundingBox();
        log(`[${tag}] picker panel box:`, JSON.stringify(box));
        const focused = await page.evaluate(() => (document.activeElement as HTMLElement)?.outerHTML?.slice(0, 120));
        log(`[${tag}] focus after open:`, focused);
        // choose: first of current month to today
        const today = page.locator(".ant-picker-dropdown .ant-picker-cell-today").first();
        const first = page.locator(".ant-picker-dropdown .ant-picker-cell-in-view").first();
        await first.click();
        await today.click();
        await page.waitForTimeout(600);
        log(`[${tag}] picker inputs:`, (await page.locator(".ant-picker-input input").evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).join(" ~ "));
        await listSummary(page, tag, "range month-start..today");
        await page.screenshot({ path: `/tmp/walk/list-${W}-8-range-picked.png`, fullPage: true });
        // a range in the past with nothing
        await page.locator(".ant-picker-range").click();
        await page.waitForTimeout(400);
        await page.locator(".ant-picker-dropdown .ant-picker-header-super-prev-btn").first().click();
        await page.locator(".ant-picker-dropdown .ant-picker-cell-in-view").nth(0).click();
        await page.locator(".ant-picker-dropdown .ant-picker-cell-in-view").nth(3).click();
        await listSummary(page, tag, "range last year");
        log(`[${tag}] picker inputs:`, (await page.locator(".ant-picker-input input").evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).join(" ~ "));
        await page.screenshot({ path: `/tmp/walk/list-${W}-9-range-past.png`, fullPage: true });
        // clear
        await page.locator(".ant-picker-range").hover();
        await page.locator(".ant-picker-clear").click({ force: true });
        await listSummary(page, tag, "range cleared");
        await page.screenshot({ path: `/tmp/walk/list-${W}-10-range-cleared.png` });
      });
      // mine
      await step(tag, "mine", async () => {
        await page.getByLabel("只看我上报的").check();
        await listSummary(page, tag, "mine");
        await page.screenshot({ path: `/tmp/walk/list-${W}-11-mine.png`, fullPage: true });
        await page.getByLabel("只看我上报的").uncheck();
        await listSummary(page, tag, "mine off");
      });
      // drawer at 360
      if (W < 768) {
        await step(tag, "drawer", async () => {
          await page.getByRole("button", { name: /菜单/ }).click();
          await page.locator(".ant-drawer-content").waitFor();
          await page.waitForTimeout(500);
          await page.screenshot({ path: `/tmp/walk/list-${W}-12-drawer.png` });
          log(`[${tag}] drawer items:`, (await page.locator(".ant-drawer .ant-menu-item").allTextContents()).join(","));
          await page.locator(".ant-drawer .ant-menu-item").filter({ hasText: "上报" }).first().click();
          await page.waitForTimeout(1000);
          log(`[${tag}] after drawer nav url:`, page.url(), "drawer visible:", await page.locator(".ant-drawer-content").isVisible().catch(() => false));
          await page.screenshot({ path: `/tmp/walk/list-${W}-13-after-drawer.png` });
          await overflow(page, tag + " report page");
          await page.getByRole("button", { name: /菜单/ }).click();
          await page.waitForTimeout(500);
          const items = await page.locator(".ant-drawer .ant-menu-item").allTextContents();
          for (const it of items.slice(3)) {
            await page.locator(".ant-drawer .ant-menu-item").filter({ hasText: it }).first().click();
            await page.waitForTimeout(1200);
            const u = page.url();
            await overflow(page, `${tag} ${u.replace(BASE_URL, "")}`);
            await page.screenshot({ path: `/tmp/walk/list-${W}-nav-${u.replace(BASE_URL, "").replace(/\W/g, "_")}.png` });
            await page.getByRole("button", { name: /菜单/ }).click();
            await page.waitForTimeout(500);
          }
          await page.locator(".ant-drawer .ant-menu-item").filter({ hasText: "故障列表" }).first().click();
          await page.waitForURL(`${BASE_URL}/incidents`);
        });
      }
      // row click -> war room
      await step(tag, "row click", async () => {
        await listSummary(page, tag, "before row click");
        const row = page.locator('[data-testid="incident-table"] tbody tr, [data-testid="incident-cards"] li').nth(1);
        const box = await row.boundingBox();
        await page.mouse.click(box!.x + box!.width - 20, box!.y + box!.height - 8);
        await page.waitForURL(/\/incidents\/\d+$/, { timeout: 10000 });
        await page.waitForTimeout(1500);
        log(`[${tag}] war room url:`, page.url());
        await page.screenshot({ path: `/tmp/walk/list-${W}-14-warroom.png`, fullPage: true });
        await overflow(page, tag + " warroom");
        await page.goBack();
        await page.waitForURL(`${BASE_URL}/incidents`);
      });
      // English
      await step(tag, "english", async () => {
        await page.getByTestId("language-switch").click();
        await page.getByRole("heading", { name: "Incidents" }).waitFor();
        await listSummary(page, tag, "english");
        await page.screenshot({ path: `/tmp/walk/list-${W}-15-en.png`, fullPage: true });
        await overflow(page, tag + " en");
        const text = await page.evaluate(() => document.body.innerText);
        const han = text.split("\n").filter((l) => /[\u4e00-\u9fff]/.test(l));
        log(`[${tag}] EN lines with Chinese:`, JSON.stringify(han.slice(0, 30)));
        log(`[${tag}] EN title:`, await page.title(), "lang:", await page.evaluate(() => document.documentElement.lang));
        await page.locator(".ant-select").nth(0).click();
        await page.waitForTimeout(300);
        log(`[${tag}] EN status opts:`, (await page.locator(".ant-select-dropdown:visible .ant-select-item-option").allTextContents()).join(","));
        await page.keyboard.press("Escape");
        await page.getByRole("button", { name: /Reported between/ }).click();
        await page.locator(".ant-picker-dropdown").waitFor();
        await page.waitForTimeout(500);
        await page.screenshot({ path: `/tmp/walk/list-${W}-16-en-picker.png` });
        log(`[${tag}] EN picker header:`, (await page.locator(".ant-picker-dropdown .ant-picker-header-view").allTextContents()).join(" | "), "weekdays:", (await page.locator(".ant-picker-dropdown thead th").allTextContents()).slice(0, 7).join(","));
        log(`[${tag}] EN picker placeholders:`, (await page.locator(".ant-picker-input input").evaluateAll((els) => els.map((e) => (e as HTMLInputElement).placeholder))).join(","));
        await page.keyboard.press("Escape");
        await page.getByTestId("language-switch").click();
        await page.waitForTimeout(500);
      });
      await context.close();
    }, 500_000);
  }
});
