import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BASE_URL, launchChromium, newContext, signIn } from "./browser";

/** An unbroken string (no spaces, nothing to wrap at) of this many characters. */
const unbroken = (length: number, seed: string) =>
  (seed + "订单接口超时ABCDEFGHIJ0123456789").repeat(Math.ceil(length / 20)).slice(0, length);

/** The signed-in user's access token, as the SPA keeps it (oidc-client-ts, sessionStorage). */
async function tokenOf(page: Page): Promise<string> {
  return page.evaluate(() => {
    for (let i = 0; i < sessionStorage.length; i++) {
      const key = sessionStorage.key(i) ?? "";
      if (key.startsWith("oidc.user:")) {
        return (JSON.parse(sessionStorage.getItem(key) ?? "{}") as { access_token: string })
          .access_token;
      }
    }
    throw new Error("not signed in");
  });
}

async function post<T>(token: string, path: string, body: object): Promise<T> {
  const answer = await fetch(`${BASE_URL}/api/v1${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  if (!answer.ok) throw new Error(`${path}: ${answer.status} ${await answer.text()}`);
  return (await answer.json()) as T;
}

/** How far the page reaches past the right edge of the viewport, in CSS pixels. */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe("long text never breaks a layout", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("renders every list and detail page with 1,000-character strings at 360 and 1440 px", async () => {
    const commander = await signIn(await newContext(browser), "commander");
    await commander.waitForURL(`${BASE_URL}/incidents`);
    const token = await tokenOf(commander);
    const mark = `LT${Date.now()}`;

    const incident = await post<{ id: number }>(token, "/incidents", {
      title: unbroken(200, mark),
      phenomenon: unbroken(1000, mark),
      occurredAt: new Date(Date.now() - 60_000).toISOString(),
      scope: { affectedSystems: [unbroken(100, mark)], regions: [unbroken(100, mark)] },
      contact: unbroken(200, mark),
    });
    await post(token, `/incidents/${incident.id}/notes`, { text: unbroken(1000, mark) });
    const risk = await post<{ id: number }>(token, "/risks", {
      title: unbroken(200, mark),
      description: unbroken(1000, mark),
      category: "TECHNICAL",
      subType: "SYSTEM_CRASH",
      likelihood: 3,
      impact: 3,
      ownerName: unbroken(100, mark),
      mitigations: [unbroken(500, mark)],
      status: "OPEN",
      nextReviewOn: "2030-01-01",
    });
    const article = await post<{ id: number }>(token, "/knowledge/articles", {
      kind: "RUNBOOK",
      title: unbroken(200, mark),
      summary: unbroken(1000, mark),
      steps: [{ title: unbroken(200, mark), detail: unbroken(1000, mark) }],
    });
    const admin = await signIn(await newContext(browser), "admin");
    await admin.waitForURL(`${BASE_URL}/incidents`);
    const integration = await post<{ key: string }>(await tokenOf(admin), "/integrations", {
      name: unbroken(100, mark),
      type: "EVENTS",
    });
    const event = await fetch(`${BASE_URL}/api/v1/events`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        routing_key: integration.key,
        event_action: "trigger",
        dedup_key: mark,
        payload: { summary: unbroken(1000, mark), source: unbroken(200, mark), severity: "info" },
      }),
    });
    expect(event.status).toBe(202);

    const pages = [
      "/incidents",
      `/incidents/${incident.id}`,
      "/risks",
      `/risks/${risk.id}`,
      "/knowledge",
      `/knowledge/${article.id}`,
      "/detection",
      "/audit",
      "/m",
    ];
    const wide = [];
    for (const width of [360, 1440]) {
      const context = await newContext(browser, { width, height: 800 });
      const page = await signIn(context, "commander");
      await page.waitForURL(`${BASE_URL}/incidents`);
      for (const path of pages) {
        await page.goto(`${BASE_URL}${path}`);
        // Live pages keep a stream open, so the network never goes idle: wait for the data.
        await page.waitForLoadState("load");
        await page
          .locator(".ant-spin-spinning, .ant-skeleton")
          .first()
          .waitFor({ state: "detached" })
          .catch(() => {});
        await page.waitForTimeout(800);
        const over = await overflow(page);
        if (over > 1) wide.push(`${path} at ${width} px: ${over} px too wide`);
        if (process.env.E2E_SCREENSHOTS) {
          await page.screenshot({
            path: `${process.env.E2E_SCREENSHOTS}/long-text${path.replaceAll("/", "-")}-${width}.png`,
          });
        }
      }
      await context.close();
    }
    expect(wide).toEqual([]);
  });
});
