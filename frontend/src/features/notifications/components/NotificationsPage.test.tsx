import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { meWith } from "@/testing/me";
import { jsonResponse, renderPage } from "@/testing/render";
import { NotificationsPage } from "./NotificationsPage";

const dingtalk = {
  id: 1,
  version: 0,
  name: "技术群钉钉",
  kind: "DINGTALK",
  groupCode: "TECHNICAL",
  endpointHint: "https://oapi.dingtalk.com/…5b4a",
  language: "en",
  hasSecret: true,
  enabled: true,
  createdAt: "2026-11-30T01:00:00Z",
  updatedAt: "2026-11-30T01:00:00Z",
};
const dead = {
  id: 7,
  incidentId: 42,
  kind: "incident.reported",
  targetGroup: "TECHNICAL",
  channelId: 1,
  channelName: "技术群钉钉",
  channelKind: "DINGTALK",
  status: "DEAD",
  attempts: 5,
  nextAttemptAt: "2026-11-30T01:00:00Z",
  lastHttpStatus: 502,
  lastAnswer: "<html>gateway</html>",
  lastLatencyMs: 12,
  createdAt: "2026-11-30T01:00:00Z",
};

const putRule = (init?: RequestInit) => {
  const body = JSON.parse(String(init?.body)) as { headline?: string };
  if (body.headline?.includes("{{phone}}")) {
    return jsonResponse(
      {
        status: 400,
        title: "请求有误",
        errors: [{ field: "headline", message: "没有变量 {{phone}}，可用的变量：{{id}}" }],
      },
      400,
      "application/problem+json",
    );
  }
  return new Headers(init?.headers).get("If-Match") === '"1"'
    ? jsonResponse({ ...rule, version: 2, headline: body.headline || null })
    : jsonResponse({ status: 412, title: "已被修改" }, 412, "application/problem+json");
};
let rules = () => [rule];

const rule = {
  event: "acknowledged",
  groups: { UNGRADED: ["COMMAND"], GENERAL: ["COMMAND"], SERIOUS: [], MAJOR: ["COMMAND"] },
  version: 0,
  updatedAt: "2026-11-30T01:00:00Z",
};

function backend(roles: string[]) {
  return vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => {
    const url = String(input);
    const method = init?.method ?? "GET";
    if (url === "/api/v1/me") return jsonResponse(meWith(roles));
    if (url === "/api/v1/notification-channels" && method === "POST") {
      await new Promise((resolve) => setTimeout(resolve, 50));
      return jsonResponse({ ...dingtalk, id: 2 }, 201);
    }
    if (url === "/api/v1/notification-channels") return jsonResponse([dingtalk]);
    if (url === "/api/v1/org/groups") {
      return jsonResponse([
        {
          code: "TECHNICAL",
          nameZh: "技术应急小组",
          nameEn: "Technical team",
          duties: [],
          members: [],
        },
        {
          code: "COMMAND",
          nameZh: "应急指挥中心",
          nameEn: "Command center",
          duties: [],
          members: [],
        },
      ]);
    }
    if (url === "/api/v1/notification-rules" && method === "GET") {
      return jsonResponse(rules());
    }
    if (url === "/api/v1/notification-rules/acknowledged" && method === "PUT") {
      return putRule(init);
    }
    if (url === "/api/v1/notification-channels/1/test" && method === "POST") {
      return jsonResponse({
        ok: false,
        httpStatus: 200,
        answer: '{"errcode":310000,"errmsg":"sign not match"}',
        latencyMs: 31,
      });
    }
    if (
      url.startsWith("/api/v1/notification-deliveries?") ||
      url === "/api/v1/notification-deliveries"
    ) {
      return jsonResponse([dead]);
    }
    if (url === "/api/v1/notification-deliveries/7/resend" && method === "POST") {
      return jsonResponse({ ...dead, status: "PENDING", attempts: 0 });
    }
    return jsonResponse({ status: 404 }, 404, "application/problem+json");
  });
}

describe("notifications", () => {
  it("shows an admin each channel without its secret, and what a test message got back", async () => {
    backend(["admin"]);
    renderPage(<NotificationsPage />);
    const row = (await screen.findByText("技术群钉钉")).closest("tr, .ant-list-item")!;
    expect(row).toHaveTextContent("钉钉机器人");
    expect(row).toHaveTextContent("技术应急小组");
    expect(row).toHaveTextContent("https://oapi.dingtalk.com/…5b4a");
    expect(row).toHaveTextContent("English");
    fireEvent.click(within(row as HTMLElement).getByRole("button", { name: /发送测试消息/ }));
    const status = await screen.findByRole("status");
    expect(status).toHaveTextContent("「技术群钉钉」没有收下测试消息");
    expect(status).toHaveTextContent("HTTP 200，31 毫秒");
    expect(status).toHaveTextContent("sign not match");
  });

  it("stores a channel once when 保存 is clicked twice", async () => {
    const fetch = backend(["admin"]);
    renderPage(<NotificationsPage />);
    fireEvent.click(await screen.findByRole("button", { name: /添加通道/ }));
    fireEvent.change(await screen.findByLabelText("名称"), { target: { value: "技术群" } });
    fireEvent.change(screen.getByLabelText("地址"), {
      target: { value: "https://oapi.dingtalk.com/robot/send?access_token=x" },
    });
    fireEvent.change(screen.getByLabelText("签名密钥"), {
      target: { value: "SEC0123456789abcdef0123456789" },
    });
    const save = screen.getByRole("button", { name: /保\s?存/ });
    fireEvent.click(save);
    fireEvent.click(save);
    await screen.findByText("通道已保存");
    const posts = fetch.mock.calls.filter(
      ([url, init]) => String(url) === "/api/v1/notification-channels" && init?.method === "POST",
    );
    expect(posts).toHaveLength(1);
  });

  it("takes a group mailbox as mailto: and refuses an http address for it", async () => {
    const fetch = backend(["admin"]);
    renderPage(<NotificationsPage />);
    fireEvent.click(await screen.findByRole("button", { name: /添加通道/ }));
    fireEvent.change(await screen.findByLabelText("名称"), { target: { value: "指挥中心邮箱" } });
    const kinds = screen.getAllByRole("combobox", { name: "类型" });
    fireEvent.mouseDown(kinds.at(-1)!);
    fireEvent.click((await screen.findAllByTitle("邮件（小组邮箱）")).at(-1)!);
    await waitFor(() => expect(screen.getByText(/邮件不需要密钥/)).toBeInTheDocument());
    const address = screen.getByLabelText("地址");
    fireEvent.change(address, { target: { value: "https://mail.example.com" } });
    fireEvent.click(screen.getByRole("button", { name: /保\s?存/ }));
    expect(await screen.findByText(/请填写 mailto: 加邮箱地址/)).toBeInTheDocument();
    fireEvent.change(address, { target: { value: "mailto:oncall@kuailv.cn,ops@kuailv.cn" } });
    fireEvent.click(screen.getByRole("button", { name: /保\s?存/ }));
    await screen.findByText("通道已保存");
    const post = fetch.mock.calls.find(
      ([url, init]) => String(url) === "/api/v1/notification-channels" && init?.method === "POST",
    );
    expect(JSON.parse(String(post?.[1]?.body))).toMatchObject({
      kind: "EMAIL",
      url: "mailto:oncall@kuailv.cn,ops@kuailv.cn",
      language: "zh-CN",
    });
  });

  it("registers an SMS account with its key, sign name and template, without a group", async () => {
    const fetch = backend(["admin"]);
    renderPage(<NotificationsPage />);
    fireEvent.click(await screen.findByRole("button", { name: /添加通道/ }));
    fireEvent.change(await screen.findByLabelText("名称"), { target: { value: "阿里云短信" } });
    fireEvent.mouseDown(screen.getAllByRole("combobox", { name: "类型" }).at(-1)!);
    fireEvent.click((await screen.findAllByTitle("阿里云短信（逐人呼叫）")).at(-1)!);
    await screen.findByText(/短信逐个发给被呼叫的人/);
    expect(screen.queryByRole("combobox", { name: "小组" })).not.toBeInTheDocument();
    fireEvent.change(screen.getByLabelText("地址"), {
      target: { value: "https://dysmsapi.aliyuncs.com" },
    });
    fireEvent.change(screen.getByLabelText("签名密钥"), {
      target: { value: "access-key-secret-0123456789" },
    });
    fireEvent.change(screen.getByLabelText("AccessKey ID"), { target: { value: "LTAI5t" } });
    fireEvent.change(screen.getByLabelText("短信签名"), { target: { value: "快驴" } });
    // The approved template is in English, so the values filled in (the grade) are too.
    fireEvent.mouseDown(screen.getByRole("combobox", { name: "消息语言" }));
    fireEvent.click((await screen.findAllByTitle("English")).at(-1)!);
    const template = screen.getByLabelText("短信模板代码");
    fireEvent.change(template, { target: { value: "发短信" } });
    fireEvent.click(screen.getByRole("button", { name: /保\s?存/ }));
    expect(await screen.findByText(/请填写已审核模板的代码/)).toBeInTheDocument();
    fireEvent.change(template, { target: { value: "SMS_154950909" } });
    fireEvent.click(screen.getByRole("button", { name: /保\s?存/ }));
    await screen.findByText("通道已保存");
    const post = fetch.mock.calls.find(
      ([url, init]) => String(url) === "/api/v1/notification-channels" && init?.method === "POST",
    );
    const body = JSON.parse(String(post?.[1]?.body));
    expect(body).toMatchObject({
      kind: "SMS",
      accessKeyId: "LTAI5t",
      signName: "快驴",
      templateCode: "SMS_154950909",
      language: "en",
    });
    expect(body.groupCode).toBeUndefined();
  });

  it("names the person and the medium of a delivery that reached someone directly", async () => {
    const base = backend(["commander"]);
    base.mockImplementation(async (input) => {
      const url = String(input);
      if (url === "/api/v1/me") return jsonResponse(meWith(["commander"]));
      if (url.startsWith("/api/v1/notification-deliveries")) {
        return jsonResponse([
          {
            ...dead,
            channelId: undefined,
            channelName: undefined,
            channelKind: undefined,
            medium: "EMAIL",
            recipientName: "王工",
          },
        ]);
      }
      return jsonResponse({ status: 404 }, 404, "application/problem+json");
    });
    renderPage(<NotificationsPage />);
    expect(await screen.findByText(/邮件给 王工/)).toBeInTheDocument();
  });

  it("lets an admin send a dead letter again, and a commander only read the log", async () => {
    const fetch = backend(["admin"]);
    renderPage(<NotificationsPage />);
    fireEvent.click(await screen.findByRole("tab", { name: "投递记录" }));
    const resend = await screen.findByRole("button", { name: /重发/ });
    expect(screen.getByText("未送达", { selector: ".ant-tag" })).toBeInTheDocument();
    fireEvent.click(resend);
    await waitFor(() =>
      expect(
        fetch.mock.calls.some(
          ([url, init]) =>
            String(url) === "/api/v1/notification-deliveries/7/resend" && init?.method === "POST",
        ),
      ).toBe(true),
    );
  });

  it("shows a commander the delivery log without channels or re-sending", async () => {
    backend(["commander"]);
    renderPage(<NotificationsPage />);
    expect(await screen.findByText("#42")).toBeInTheDocument();
    expect(screen.queryByRole("tab", { name: "通道" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /重发/ })).not.toBeInTheDocument();
  });

  it("loads older deliveries before the last one shown, until there are no more", async () => {
    const base = backend(["commander"]);
    const page = (from: number, count: number) =>
      Array.from({ length: count }, (_, i) => ({ ...dead, id: from - i, incidentId: from - i }));
    base.mockImplementation(async (input) => {
      const url = String(input);
      if (url === "/api/v1/me") return jsonResponse(meWith(["commander"]));
      if (url.startsWith("/api/v1/notification-deliveries")) {
        const before = new URL(url, "http://x").searchParams.get("before");
        return jsonResponse(before === "201" ? page(200, 3) : page(300, 100));
      }
      return jsonResponse({ status: 404 }, 404, "application/problem+json");
    });
    renderPage(<NotificationsPage />);
    expect(await screen.findByText("#300")).toBeInTheDocument();
    fireEvent.click(await screen.findByTestId("deliveries-older"));
    await waitFor(() =>
      expect(base.mock.calls.some(([url]) => String(url).includes("before=201"))).toBe(true),
    );
    await waitFor(() => expect(screen.queryByTestId("deliveries-older")).not.toBeInTheDocument());
  });

  it("shows each event's groups by grade and lets an admin change them", async () => {
    const fetch = backend(["admin"]);
    renderPage(<NotificationsPage />);
    fireEvent.click(await screen.findByRole("tab", { name: "通知规则" }));
    const card = (await screen.findByText("确认接警")).closest(".ant-card") as HTMLElement;
    expect(within(card).getAllByText("应急指挥中心").length).toBeGreaterThan(0);
    expect(within(card).getByText("不通知")).toBeInTheDocument();
    fireEvent.click(within(card).getByRole("button", { name: /修改「确认接警」/ }));
    // Someone changed it meanwhile (version 1): the save is refused and the latest is loaded.
    rules = () => [{ ...rule, version: 1 }];
    fireEvent.click(await screen.findByRole("button", { name: /保\s?存/ }));
    fireEvent.click(await screen.findByRole("button", { name: "加载最新规则" }));
    await waitFor(() => expect(screen.queryByText(/这条规则已被他人修改/)).not.toBeInTheDocument());
    fireEvent.click(screen.getByRole("button", { name: /保\s?存/ }));
    await screen.findByText("通知规则已保存");
    const puts = fetch.mock.calls.filter(([, init]) => init?.method === "PUT");
    expect(puts.map(([, init]) => new Headers(init?.headers).get("If-Match"))).toEqual([
      '"0"',
      '"1"',
    ]);
    expect(JSON.parse(String(puts[1][1]?.body))).toEqual({ groups: rule.groups, headline: "" });
  });

  it("puts a refused headline variable on the headline field and saves a good one", async () => {
    rules = () => [{ ...rule, version: 1 }];
    const fetch = backend(["admin"]);
    renderPage(<NotificationsPage />);
    fireEvent.click(await screen.findByRole("tab", { name: "通知规则" }));
    fireEvent.click(await screen.findByRole("button", { name: /修改「确认接警」/ }));
    expect(screen.getByText("{{grade}}")).toBeInTheDocument();
    const headline = screen.getByLabelText("消息首行");
    fireEvent.change(headline, { target: { value: "#{{id}} {{phone}}" } });
    fireEvent.click(screen.getByRole("button", { name: /保\s?存/ }));
    expect(await screen.findByText("没有变量 {{phone}}，可用的变量：{{id}}")).toBeInTheDocument();
    fireEvent.change(headline, { target: { value: "{{event}} #{{id}}" } });
    fireEvent.click(screen.getByRole("button", { name: /保\s?存/ }));
    await screen.findByText("通知规则已保存");
    const puts = fetch.mock.calls.filter(([, init]) => init?.method === "PUT");
    expect(JSON.parse(String(puts[1][1]?.body))).toEqual({
      groups: rule.groups,
      headline: "{{event}} #{{id}}",
    });
  });

  it("tells a driver who can see notifications", async () => {
    backend(["business", "logistics", "reporter"]);
    renderPage(<NotificationsPage />);
    expect(await screen.findByRole("alert")).toHaveTextContent("只有指挥长和管理员");
  });
});
