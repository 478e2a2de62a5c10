import { createHash, createHmac } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BASE_URL, chooseOption, launchChromium, newContext, signIn } from "./browser";

/** The Standard Webhooks specification's example secret. */
const SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

interface Delivery {
  verified: boolean;
  event: { type: string; data: { incidentId: number; ackUrl?: string; paged?: string[] } };
}

/** A supply-chain system's webhook receiver that verifies each signature as the spec says. */
function receiver(deliveries: Delivery[]): Promise<Server> {
  const server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      const id = String(request.headers["webhook-id"]);
      const timestamp = String(request.headers["webhook-timestamp"]);
      const key = Buffer.from(SECRET.slice("whsec_".length), "base64");
      const expected = `v1,${createHmac("sha256", key).update(`${id}.${timestamp}.${body}`).digest("base64")}`;
      const verified = request.headers["webhook-signature"] === expected;
      deliveries.push({ verified, event: JSON.parse(body) });
      response.statusCode = verified ? 204 : 401;
      response.end();
    });
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

/** An Alibaba Cloud SMS account as the platform is given it, and what its receiver answers. */
const SMS = {
  keyId: "LTAI5tE2eKeyId",
  secret: "e2e-access-key-secret-0123456789",
  sign: "快驴应急",
  template: "SMS_154950909",
};

interface Sms {
  verified: boolean;
  phone: string;
  param: { id: string; grade: string; title: string; time: string; link: string };
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
/** RFC 3986 percent-encoding, as Alibaba Cloud's V3 signature canonicalises the query. */
const rfc3986 = (value: string) =>
  encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );

/**
 * Alibaba Cloud SMS's SendSms on loopback: checks the V3 signature (ACS3-HMAC-SHA256) the
 * provider's SDK computes, as the provider's documentation defines it, then answers Code OK.
 */
function smsReceiver(received: Sms[]): Promise<Server> {
  const server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      const url = new URL(request.url ?? "/", "http://localhost");
      const auth =
        /^ACS3-HMAC-SHA256 Credential=([^,]+),SignedHeaders=([^,]+),Signature=(\w+)$/.exec(
          String(request.headers.authorization),
        );
      const signed = auth ? auth[2].split(";").sort() : [];
      const query = [...url.searchParams.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => `${rfc3986(k)}=${rfc3986(v)}`)
        .join("&");
      const headers = signed.map((h) => `${h}:${String(request.headers[h]).trim()}\n`).join("");
      const canonical = [
        request.method,
        url.pathname,
        query,
        headers,
        signed.join(";"),
        String(request.headers["x-acs-content-sha256"]),
      ].join("\n");
      const expected = createHmac("sha256", SMS.secret)
        .update(`ACS3-HMAC-SHA256\n${sha256(canonical)}`)
        .digest("hex");
      const verified =
        !!auth &&
        auth[1] === SMS.keyId &&
        auth[3] === expected &&
        sha256(body) === request.headers["x-acs-content-sha256"] &&
        request.headers["x-acs-action"] === "SendSms" &&
        url.searchParams.get("TemplateCode") === SMS.template;
      received.push({
        verified,
        phone: url.searchParams.get("PhoneNumbers") ?? "",
        param: JSON.parse(url.searchParams.get("TemplateParam") ?? "{}"),
      });
      response.setHeader("Content-Type", "application/json");
      response.statusCode = verified ? 200 : 400;
      response.end(
        JSON.stringify(
          verified
            ? { RequestId: "e2e", Code: "OK", Message: "OK", BizId: "e2e^0" }
            : { RequestId: "e2e", Code: "SignatureDoesNotMatch", Message: "signature" },
        ),
      );
    });
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

describe("reaching people: a page reaches the chat and is acknowledged from a phone", () => {
  let browser: Browser;
  let server: Server;
  const deliveries: Delivery[] = [];
  const title = `E2E 出库单下发失败 ${Date.now()}`;

  let smsServer: Server;
  const texts: Sms[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    server = await receiver(deliveries);
    smsServer = await smsReceiver(texts);
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
    await new Promise((resolve) => smsServer?.close(resolve));
  });

  it("an admin adds a webhook for every group and its test message is answered", async () => {
    const admin = await signIn(await newContext(browser, { width: 1440, height: 900 }), "admin");
    await admin.waitForURL(`${BASE_URL}/incidents`);
    await admin.goto(`${BASE_URL}/notifications`);
    await admin.getByRole("button", { name: "添加通道" }).click();
    await admin.getByLabel("名称").fill("E2E 供应链系统");
    await chooseOption(admin, "类型", "Webhook（供应链系统）");
    const port = (server.address() as AddressInfo).port;
    await admin.getByLabel("地址").fill(`http://127.0.0.1:${port}/hooks/kuailv`);
    await admin.getByLabel("签名密钥").fill(SECRET);
    await admin
      .getByRole("button", { name: "保 存" })
      .or(admin.getByRole("button", { name: "保存" }))
      .click();
    const row = admin.getByRole("row", { name: /E2E 供应链系统/ });
    await row.waitFor();
    await row.getByRole("button", { name: /发送测试消息/ }).click();
    await admin.getByText("「E2E 供应链系统」收到了测试消息").waitFor();
    await admin.screenshot({ path: "e2e-artifacts/notifications-1440.png", fullPage: true });
    expect(deliveries.some((d) => d.verified && d.event.type === "test")).toBe(true);
  });

  it("a report pages the on-duty tech, who acknowledges from the link on a 360 px phone", async () => {
    const reporter = await signIn(await newContext(browser), "reporter");
    await reporter.waitForURL(`${BASE_URL}/incidents`);
    await reporter.getByRole("button", { name: "上报故障" }).click();
    await reporter.getByLabel("标题").fill(title);
    await reporter.getByLabel("故障现象").fill("仓库收不到出库单，司机在月台等待。");
    const systems = reporter.locator('[data-testid="affected-systems"] input');
    await systems.fill("仓储 WMS");
    await systems.press("Enter");
    await reporter.getByLabel("仓储").check();
    await reporter.getByRole("button", { name: "提交上报" }).click();
    await reporter.waitForURL(/\/incidents\/\d+$/);
    const id = Number(reporter.url().split("/").pop());

    // The default policy's first step pages the technical team's on-duty person at once.
    let page: Delivery | undefined;
    for (let i = 0; i < 100 && !page; i++) {
      page = deliveries.find(
        (d) => d.event.type === "incident.paged" && d.event.data.incidentId === id,
      );
      if (!page) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(page?.verified).toBe(true);
    expect(page?.event.data.paged).toEqual(["技术值班 李"]);
    const link = new URL(page!.event.data.ackUrl!);

    const phone = await signIn(await newContext(browser, { width: 360, height: 740 }), "tech");
    await phone.waitForURL(`${BASE_URL}/incidents`);
    await phone.goto(`${BASE_URL}${link.pathname}`);
    await phone.getByText("技术值班 李，你被呼叫接警").waitFor();
    await phone.getByText(title, { exact: false }).waitFor();
    const overflow = await phone.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await phone.screenshot({ path: "e2e-artifacts/page-ack-360.png", fullPage: true });
    await phone.getByRole("button", { name: "确认接警" }).click();
    await phone.getByText("已确认，呼叫已停止").waitFor();
    await phone.getByText(/故障也已确认接警/).waitFor();
    await phone.screenshot({ path: "e2e-artifacts/page-acked-360.png", fullPage: true });

    await phone.getByRole("button", { name: "进入作战室" }).click();
    await phone.waitForURL(`${BASE_URL}/incidents/${id}`);
    await expect(phone.getByTestId("incident-status").textContent()).resolves.toBe("评估中");
    await phone.getByText("确认了呼叫").first().waitFor();
  });

  it("a tech who chose SMS on a 360 px phone is texted the page and acknowledges from its link", async () => {
    const admin = await signIn(await newContext(browser, { width: 1440, height: 900 }), "admin");
    await admin.waitForURL(`${BASE_URL}/incidents`);
    await admin.goto(`${BASE_URL}/notifications`);
    await admin.getByRole("button", { name: "添加通道" }).click();
    await admin.getByLabel("名称").fill("E2E 阿里云短信");
    await chooseOption(admin, "类型", "阿里云短信（逐人呼叫）");
    const port = (smsServer.address() as AddressInfo).port;
    await admin.getByLabel("地址").fill(`http://127.0.0.1:${port}`);
    await admin.getByLabel("签名密钥").fill(SMS.secret);
    await admin.getByLabel("AccessKey ID").fill(SMS.keyId);
    await admin.getByLabel("短信签名").fill(SMS.sign);
    await admin.getByLabel("短信模板代码").fill(SMS.template);
    await admin
      .getByRole("button", { name: "保 存" })
      .or(admin.getByRole("button", { name: "保存" }))
      .click();
    await admin.getByRole("row", { name: /E2E 阿里云短信/ }).waitFor();

    const phone = await signIn(await newContext(browser, { width: 360, height: 740 }), "tech");
    await phone.waitForURL(`${BASE_URL}/incidents`);
    await phone.goto(`${BASE_URL}/me/notifications`);
    await phone.getByLabel("手机号").fill("13800000099");
    await phone.getByRole("checkbox", { name: "未定级" }).first().check();
    await phone.getByRole("button", { name: /保\s?存/ }).click();
    await phone.getByText("通知设置已保存").waitFor();
    await expect(phone.getByLabel("手机号").inputValue()).resolves.toBe("13800000099");
    const overflow = await phone.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await phone.screenshot({ path: "e2e-artifacts/my-settings-360.png", fullPage: true });

    const reporter = await signIn(await newContext(browser), "reporter");
    await reporter.waitForURL(`${BASE_URL}/incidents`);
    await reporter.getByRole("button", { name: "上报故障" }).click();
    await reporter.getByLabel("标题").fill(`${title} 短信`);
    await reporter.getByLabel("故障现象").fill("冷库温控告警，司机在月台等待。");
    const systems = reporter.locator('[data-testid="affected-systems"] input');
    await systems.fill("冷链 TMS");
    await systems.press("Enter");
    await reporter.getByLabel("仓储").check();
    await reporter.getByRole("button", { name: "提交上报" }).click();
    await reporter.waitForURL(/\/incidents\/\d+$/);
    const id = String(reporter.url().split("/").pop());

    let sms: Sms | undefined;
    for (let i = 0; i < 100 && !sms; i++) {
      sms = texts.find((t) => t.param.id === id && t.phone === "13800000099");
      if (!sms) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(sms?.verified).toBe(true);
    expect(sms?.param.grade).toBe("未定级");
    await phone.goto(`${BASE_URL}${new URL(sms!.param.link).pathname}`);
    await phone.getByText("技术值班 李，你被呼叫接警").waitFor();
    await phone.getByRole("button", { name: "确认接警" }).click();
    await phone.getByText("已确认，呼叫已停止").waitFor();
    await phone.screenshot({ path: "e2e-artifacts/sms-page-acked-360.png", fullPage: true });
  });
});
