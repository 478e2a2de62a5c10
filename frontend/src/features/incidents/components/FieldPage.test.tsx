import { fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { meWith } from "@/testing/me";
import { jsonResponse, renderPage } from "@/testing/render";
import { FieldPage } from "./FieldPage";

const driver = meWith(["business", "logistics"], ["BUSINESS", "LOGISTICS"]);

const responding = {
  id: 77,
  version: 4,
  title: "司机端无法拉取配送单",
  phenomenon: "打不开",
  occurredAt: "2026-11-27T20:00:00Z",
  scope: { affectedSystems: ["TMS"], businessLines: ["LOGISTICS"], regions: [] },
  status: "RESPONDING",
  reporter: { subject: "s", name: "孙" },
  reportedAt: "2026-11-27T20:05:00Z",
  updatedAt: "2026-11-27T20:05:00Z",
};

const task = {
  id: 5,
  incidentId: 77,
  kind: "FALLBACK",
  title: "电话调度司机：逐一电话派车",
  ownerGroup: "LOGISTICS",
  status: "OPEN",
  critical: true,
  overdue: false,
  dueAt: "2026-11-27T21:00:00Z",
};

function backend(report: () => Response) {
  return vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => {
    const url = String(input);
    if (url === "/api/v1/me") return jsonResponse(driver);
    if (url === "/api/v1/incidents" && init?.method === "POST") return report();
    if (url.startsWith("/api/v1/incidents?")) {
      return jsonResponse({ items: [responding], page: 0, size: 50, total: 1 });
    }
    if (url === "/api/v1/incidents/77/tasks") return jsonResponse([task]);
    if (url === "/api/v1/incidents/77/tasks/5/complete") return jsonResponse({ ...task });
    return jsonResponse({ status: 404 }, 404, "application/problem+json");
  });
}

const posts = (fetch: ReturnType<typeof backend>) =>
  fetch.mock.calls.filter(([url, init]) => url === "/api/v1/incidents" && init?.method === "POST");

describe("the driver's phone page", () => {
  it("reports in two taps, once, with one key for the repeat", async () => {
    let answer = jsonResponse(
      { status: 503, title: "服务暂不可用", detail: "数据库忙，请稍后重试" },
      503,
      "application/problem+json",
    );
    const fetch = backend(() => answer);
    renderPage(<FieldPage />);
    fireEvent.click(await screen.findByRole("button", { name: "拿不到配送单" }));
    const dialog = screen.getByRole("dialog");
    expect(dialog).toHaveTextContent("司机端打不开或拉不到今天的配送单");
    fireEvent.click(screen.getByRole("button", { name: "确认上报" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("数据库忙，请稍后重试");

    answer = jsonResponse({ ...responding, id: 81, status: "REPORTED" }, 201);
    fireEvent.click(screen.getByRole("button", { name: "确认上报" }));
    expect(await screen.findByRole("status")).toHaveTextContent("已上报，编号 81");
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();

    const [first, second] = posts(fetch);
    const key = (call: typeof first) => new Headers(call[1]?.headers).get("Idempotency-Key");
    expect(key(first)).toBeTruthy();
    expect(key(second)).toBe(key(first));
    const body = JSON.parse(String(second[1]?.body));
    expect(body).toMatchObject({
      title: "拿不到配送单",
      category: "DELIVERY_DELAY",
      scope: { businessLines: ["LOGISTICS"], affectedSystems: ["司机端 TMS"] },
    });
  });

  it("goes back without sending (取消, Escape or the backdrop)", async () => {
    const fetch = backend(() => jsonResponse({}, 201));
    renderPage(<FieldPage />);
    fireEvent.click(await screen.findByRole("button", { name: "无法确认送达" }));
    fireEvent.click(screen.getByRole("button", { name: "取消" }));
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "路线信息错误" }));
    fireEvent.keyDown(window, { key: "Escape" });
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "其他问题" }));
    fireEvent.click(screen.getByRole("dialog").parentElement!);
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(posts(fetch)).toHaveLength(0);
  });

  it("shows the emergencies affecting them and completes their fallback step", async () => {
    const fetch = backend(() => jsonResponse({}, 201));
    renderPage(<FieldPage />);
    const card = await screen.findByTestId("field-incident-77");
    expect(card).toHaveTextContent("响应中");
    expect(await screen.findByText("电话调度司机：逐一电话派车")).toBeInTheDocument();
    expect(screen.getByText("2026-11-28 05:00", { exact: false })).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "完成" }));
    await waitFor(() =>
      expect(
        fetch.mock.calls.some(
          ([url, init]) =>
            url === "/api/v1/incidents/77/tasks/5/complete" && init?.method === "POST",
        ),
      ).toBe(true),
    );
  });

  it("keeps a report on its way: no going back until it is answered, and its number is shown", async () => {
    let answer: (response: Response) => void = () => {};
    backend(() => jsonResponse({}, 500));
    const fetch = vi.mocked(globalThis.fetch);
    const inner = fetch.getMockImplementation()!;
    fetch.mockImplementation(async (input, init) =>
      String(input) === "/api/v1/incidents" && init?.method === "POST"
        ? new Promise<Response>((resolve) => (answer = resolve))
        : inner(input, init),
    );
    renderPage(<FieldPage />);
    const preset = await screen.findByRole("button", { name: "拿不到配送单" });
    preset.focus();
    fireEvent.click(preset);
    // Focus starts on 取消: a stray Enter sends nothing.
    expect(screen.getByRole("button", { name: "取消" })).toHaveFocus();
    fireEvent.click(screen.getByRole("button", { name: "确认上报" }));
    await waitFor(() => expect(screen.getByRole("button", { name: "取消" })).toBeDisabled());
    fireEvent.keyDown(window, { key: "Escape" });
    fireEvent.click(screen.getByRole("dialog").parentElement!);
    expect(screen.getByRole("dialog")).toBeInTheDocument();
    answer(jsonResponse({ ...responding, id: 90, status: "REPORTED" }, 201));
    expect(await screen.findByRole("status")).toHaveTextContent("已上报，编号 90");
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(preset).toHaveFocus();
  });
});
