import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BASE_URL, chooseOption, launchChromium, newContext, signIn } from "./browser";

describe("detection: an admin connects a system, its event becomes an incident", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("creates an integration, receives an event, and the command center sees it", async () => {
    const admin = await signIn(await newContext(browser), "admin");
    await admin.waitForURL(`${BASE_URL}/incidents`);
    await admin.goto(`${BASE_URL}/detection`);
    await admin.getByRole("tab", { name: "集成" }).click();
    await admin.getByRole("button", { name: "新建集成" }).click();
    await admin.getByLabel("名称").fill("E2E OMS 订单系统");
    await chooseOption(admin, "类型", "事件 API（供应链系统）");
    await admin
      .getByRole("dialog")
      .getByRole("button", { name: /确\s?定|OK/ })
      .click();
    const key = (await admin.getByTestId("revealed-key").textContent())?.trim() ?? "";
    expect(key.length).toBeGreaterThan(20);

    const dedup = `e2e-${Date.now()}`;
    const send = (path: string, body: object) =>
      fetch(`${BASE_URL}${path}`, {
        method: "POST",
        headers: { "Content-Type": "application/json; charset=utf-8" },
        body: JSON.stringify({ routing_key: key, ...body }),
      });
    const answer = await send("/api/v1/events", {
      event_action: "trigger",
      dedup_key: dedup,
      payload: {
        summary: "E2E 订单接口超时",
        source: "oms-e2e",
        severity: "critical",
        custom_details: "Triggered metrics: p99=8s",
      },
    });
    expect(answer.status).toBe(202);

    const commander = await signIn(await newContext(browser), "commander");
    const incident = commander.getByRole("link", { name: "E2E 订单接口超时" }).first();
    await incident.waitFor({ timeout: 10_000 });

    // PagerDuty's own paths: the sender acknowledges, and a deploy of the same service arrives.
    expect(
      (await send("/v2/enqueue", { event_action: "acknowledge", dedup_key: dedup })).status,
    ).toBe(202);
    const change = await send("/v2/change/enqueue", {
      payload: { summary: `oms-e2e 发布 ${dedup}`, source: "oms-e2e" },
      links: [{ href: "https://ci.example/oms/999", text: "CI 999" }],
    });
    expect(change.status).toBe(202);

    await incident.click();
    const alerts = commander.getByTestId("incident-alerts");
    await alerts.getByText("发送方已确认").waitFor({ timeout: 15_000 });
    await alerts.getByText("E2E 订单接口超时").click();
    await alerts.getByText("Triggered metrics: p99=8s").waitFor();
    await commander.getByTestId("recent-changes").getByText(`oms-e2e 发布 ${dedup}`).waitFor();
    await commander.getByText("确认了告警；故障仍需有人接警", { exact: false }).first().waitFor();
    if (process.env.E2E_SCREENSHOTS) {
      await commander.screenshot({
        path: `${process.env.E2E_SCREENSHOTS}/war-room-1440.png`,
        fullPage: true,
      });
      await commander.setViewportSize({ width: 360, height: 800 });
      await commander.screenshot({
        path: `${process.env.E2E_SCREENSHOTS}/war-room-360.png`,
        fullPage: true,
      });
      await commander.goto(`${BASE_URL}/detection`);
      await commander.getByText("E2E 订单接口超时").first().waitFor();
      await commander.screenshot({
        path: `${process.env.E2E_SCREENSHOTS}/detection-360.png`,
        fullPage: true,
      });
      await commander.setViewportSize({ width: 1440, height: 900 });
    }
    await commander.goto(`${BASE_URL}/detection`);
    await commander.getByText("E2E 订单接口超时").first().waitFor();
    if (process.env.E2E_SCREENSHOTS) {
      await commander.getByText("发送方已确认").first().click();
      await commander.getByText("E2E 订单接口超时").first().waitFor();
      await commander.screenshot({
        path: `${process.env.E2E_SCREENSHOTS}/detection-1440.png`,
        fullPage: true,
      });
    }
  });

  it("takes events from a system that holds a client-credentials token from Keycloak", async () => {
    const admin = await signIn(await newContext(browser), "admin");
    await admin.waitForURL(`${BASE_URL}/incidents`);
    await admin.goto(`${BASE_URL}/detection`);
    await admin.getByRole("tab", { name: "集成" }).click();
    await admin.getByRole("button", { name: "新建集成" }).click();
    await admin.getByLabel("名称").fill("E2E 仓储系统");
    await chooseOption(admin, "类型", "事件 API（供应链系统）");
    await admin.getByLabel("OIDC 客户端（可选）").fill("supply-chain-demo");
    await admin
      .getByRole("dialog")
      .getByRole("button", { name: /确\s?定|OK/ })
      .click();
    await admin.getByTestId("revealed-key").waitFor();

    const { oidcAuthority } = (await (await fetch(`${BASE_URL}/config.json`)).json()) as {
      oidcAuthority: string;
    };
    const token = await fetch(`${oidcAuthority}/protocol/openid-connect/token`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        grant_type: "client_credentials",
        client_id: "supply-chain-demo",
        client_secret: "supply-chain-demo-secret",
      }),
    });
    expect(token.status).toBe(200);
    const { access_token } = (await token.json()) as { access_token: string };
    const send = (bearer: string) =>
      fetch(`${BASE_URL}/api/v1/events`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Authorization: `Bearer ${bearer}` },
        body: JSON.stringify({
          event_action: "trigger",
          dedup_key: `e2e-token-${Date.now()}`,
          payload: { summary: "E2E 冷库温度超限", source: "wms-e2e", severity: "error" },
        }),
      });
    expect((await send(access_token)).status).toBe(202);
    expect((await send(`${access_token}x`)).status).toBe(401);

    await admin.reload();
    await admin.getByRole("tab", { name: "告警" }).click();
    await admin.getByText("E2E 冷库温度超限").first().waitFor({ timeout: 10_000 });
  });
});
