import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, it } from "vitest";
import { BASE_URL, launchChromium, newContext, signIn } from "./browser";

const LIVE = { timeout: 5_000 };

async function openAs(browser: Browser, user: string, path: string, phone = false): Promise<Page> {
  const context = await newContext(browser, phone ? { width: 360, height: 740 } : undefined);
  const page = await signIn(context, user);
  await page.waitForURL(`${BASE_URL}/incidents`);
  await page.goto(`${BASE_URL}${path}`);
  return page;
}

async function status(page: Page, text: string, options = LIVE) {
  await page.getByTestId("incident-status").filter({ hasText: text }).first().waitFor(options);
}

/** Clicks every button of this name inside the container, waiting for each to take effect. */
async function clickAll(page: Page, container: string, name: RegExp) {
  const buttons = page.getByTestId(container).getByRole("button", { name });
  await buttons.first().waitFor(LIVE);
  for (let left = await buttons.count(); left > 0; left = await buttons.count()) {
    await buttons.first().click();
    for (let i = 0; i < 50 && (await buttons.count()) >= left; i++) {
      await page.waitForTimeout(100);
    }
  }
}

describe("one incident from report to review, four people, live", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("runs the whole lifecycle", async () => {
    // A driver on a phone reports in two taps.
    const driver = await openAs(browser, "driver", "/m", true);
    await driver.getByRole("button", { name: "拿不到配送单" }).click();
    await driver.getByRole("button", { name: "确认上报" }).click();
    const sent = await driver.getByText(/已上报，编号 \d+/).textContent({ timeout: 10_000 });
    const id = Number(/编号 (\d+)/.exec(sent ?? "")?.[1]);

    const commander = await openAs(browser, "commander", `/incidents/${id}`);
    const tech = await openAs(browser, "tech", `/incidents/${id}`);
    const comms = await openAs(browser, "comms", `/incidents/${id}`);
    await status(commander, "已上报");

    // The tech acknowledges; the commander's open war room follows without a reload.
    await tech.getByRole("button", { name: "确认接警" }).click();
    await status(commander, "评估中");

    await tech.getByRole("button", { name: "提交评估" }).click();
    await tech.getByRole("dialog").getByLabel("配送", { exact: true }).check();
    await tech.getByRole("dialog").getByLabel("下单", { exact: true }).check();
    // The figures start empty: the assessor states each one.
    await tech.getByRole("dialog").getByLabel("每小时受影响订单数").fill("0");
    await tech.getByRole("dialog").getByLabel("预计恢复时间（分钟）").fill("60");
    await tech.getByRole("dialog").getByLabel("预计损失（元）").fill("0");
    await tech
      .getByRole("dialog")
      .getByRole("button", { name: /^提\s?交$/ })
      .click();
    await tech.getByRole("dialog").waitFor({ state: "detached" });

    // The war room shows what the assessment said before anyone grades.
    await commander
      .getByTestId("assessment-proposed-grade")
      .filter({ hasText: "严重" })
      .waitFor(LIVE);
    await commander
      .getByTestId("incident-grade")
      .filter({ hasText: "未定级 · 建议严重" })
      .waitFor();
    await commander.getByRole("button", { name: "确认等级" }).click(LIVE);
    await commander.getByTestId("proposed-grade").filter({ hasText: "严重" }).waitFor();
    await commander
      .getByRole("dialog")
      .getByRole("button", { name: /^提\s?交$/ })
      .click();
    await commander
      .getByTestId("incident-grade")
      .filter({ hasText: /^严重$/ })
      .waitFor(LIVE);
    await commander.getByRole("button", { name: "启动响应" }).click();
    await commander.getByRole("dialog").getByText("技术负责人").waitFor();
    await commander
      .getByRole("dialog")
      .getByRole("button", { name: /^提\s?交$/ })
      .click();
    await status(commander, "响应中");
    await status(tech, "响应中");

    // The driver's phone shows the emergency with the fallback procedure's step (from the example
    // knowledge base the local run seeds), and ticks it off.
    await driver.getByTestId(`field-incident-${id}`).waitFor(LIVE);
    await driver
      .getByTestId(`field-incident-${id}`)
      .getByText("电话调度司机：逐一电话派车")
      .waitFor(LIVE);
    await driver
      .getByTestId(`field-incident-${id}`)
      .locator('[data-testid^="task-item-"]', { hasText: "电话调度司机：逐一电话派车" })
      .getByRole("button", { name: /完\s?成/ })
      .click();
    await tech.getByTestId("timeline").getByText("完成任务").first().waitFor(LIVE);

    // Communications adds a note; everyone sees it.
    await comms.getByLabel("添加备注").fill("已通知受影响门店：配送改为电话确认");
    await comms.getByRole("button", { name: "添加备注" }).click();
    await tech.getByText("已通知受影响门店：配送改为电话确认").waitFor(LIVE);

    // The remaining steps belong to the business team; the commander may close any task.
    await clickAll(commander, "task-list", /完\s?成/);
    await tech.getByRole("button", { name: "已修复，进入验证" }).click();
    await tech.getByRole("dialog").getByRole("button", { name: "添加验证项" }).click();
    await tech.getByRole("dialog").getByPlaceholder("自定义验证项").fill("冷链温控记录完整");
    await tech
      .getByRole("dialog")
      .getByRole("button", { name: /^提\s?交$/ })
      .click();
    await status(commander, "恢复验证");

    // Every check is signed off by its own group.
    await clickAll(tech, "verification-list", /通\s?过/);
    await driver.goto(`${BASE_URL}/incidents/${id}`);
    await clickAll(driver, "verification-list", /通\s?过/);
    for (const user of ["sales", "warehouse"]) {
      const signer = await openAs(browser, user, `/incidents/${id}`);
      await signer.getByTestId("verification-list").waitFor();
      await clickAll(signer, "verification-list", /通\s?过/);
      await signer.context().close();
    }

    await commander.getByRole("button", { name: "宣布应急结束" }).click(LIVE);
    await status(commander, "应急结束");
    await status(comms, "应急结束");

    await tech.getByRole("button", { name: "撰写复盘" }).click(LIVE);
    const dialog = tech.getByRole("dialog");
    await dialog.getByLabel("原因类别").fill("接口超时");
    await dialog.getByLabel("原因说明").fill("配送单接口连接池耗尽");
    await dialog.getByLabel("做得好的").fill("司机 5 分钟内改为电话确认");
    await dialog.getByLabel("做得不好的").fill("告警阈值过高");
    await dialog.getByLabel("经验教训").fill("连接池加监控");
    await dialog.getByRole("button", { name: /^提\s?交$/ }).click();
    await dialog.waitFor({ state: "detached" });

    await commander.getByTestId("review-card").getByText("配送单接口连接池耗尽").waitFor(LIVE);
    await commander.getByRole("button", { name: "登记改进措施" }).click();
    await commander.getByRole("dialog").getByLabel("措施").fill("连接池使用率告警");
    await commander.getByRole("dialog").getByLabel("负责人").fill("李");
    await commander
      .getByRole("dialog")
      .getByRole("button", { name: /确\s?定|OK/ })
      .click();
    await commander
      .getByTestId("review-card")
      .getByText(/连接池使用率告警/)
      .waitFor(LIVE);
    await commander.getByRole("button", { name: "完成复盘" }).click(LIVE);
    await status(comms, "已复盘");
    await status(driver, "已复盘");
  });
});
