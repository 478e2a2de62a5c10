import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BASE_URL, launchChromium, newContext, signIn } from "./browser";

/** The local run seeds an example register; these screens read it through the real stack. */
describe("registers: risks, the plan in force and who is on duty", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("the command center sees the heat map and the example risks", async () => {
    const context = await newContext(browser);
    const commander = await signIn(context, "commander");
    await commander.waitForURL(`${BASE_URL}/incidents`);
    await commander.goto(`${BASE_URL}/risks`);
    await commander.getByTestId("heat-map").waitFor();
    await commander.getByText("大促期间订单服务过载宕机").first().waitFor();
    await commander.goto(`${BASE_URL}/org`);
    await commander.getByText("当前值班").first().waitFor();
    await commander.getByText("技术应急小组").first().waitFor();
    // The example organization: the demo users are on duty in their groups, phone at hand.
    await commander.getByText("技术值班 李").first().waitFor();
    await commander.locator('a[href="tel:+8613800000005"]').first().waitFor();
    await context.close();
  });

  it("a driver reads the published plan on a 360 px phone", async () => {
    const context = await newContext(browser, { width: 360, height: 740 });
    const driver = await signIn(context, "driver");
    await driver.waitForURL(`${BASE_URL}/incidents`);
    await driver.goto(`${BASE_URL}/plan`);
    await driver.getByText("快驴供应链应急响应预案").first().waitFor();
    await driver.getByText("组织与职责").first().waitFor();
    const overflow = await driver.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
});
