import { fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { meWith } from "@/testing/me";
import { jsonResponse, renderPage } from "@/testing/render";
import type { Incident } from "../api/get-incidents";
import { StatusUpdateCard } from "./StatusUpdateCard";

const incident = {
  id: 42,
  version: 3,
  title: "订单系统无法下单",
  phenomenon: "提交订单报错",
  occurredAt: "2026-11-27T20:00:00Z",
  scope: { affectedSystems: ["OMS"], businessLines: ["SALES"], regions: [] },
  status: "RESPONDING",
  grade: "SERIOUS",
  reporter: { subject: "s", name: "孙 一线员工" },
  reportedAt: "2026-11-27T20:05:00Z",
  updatedAt: "2026-11-27T20:05:00Z",
} as unknown as Incident;

const posted = {
  id: 9,
  incidentId: 42,
  currentState: "已定位到连接池耗尽",
  impact: "约 300 单延迟",
  nextSteps: "回滚到 2.3.1",
  nextUpdateAt: "2026-11-27T21:00:00Z",
  author: { subject: "c", name: "钱 沟通组" },
  createdAt: "2026-11-27T20:30:00Z",
};

function backend(updates: unknown[], post: () => Response) {
  return vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => {
    const url = String(input);
    if (url === "/api/v1/incidents/42/status-updates" && init?.method === "POST") return post();
    if (url === "/api/v1/incidents/42/status-updates") return jsonResponse(updates);
    return jsonResponse({ status: 404 }, 404, "application/problem+json");
  });
}

describe("status updates on the war room", () => {
  it("shows the latest update with its next update time in Beijing time", async () => {
    backend([posted, { ...posted, id: 8, currentState: "排查中" }], () => jsonResponse(posted));
    renderPage(<StatusUpdateCard incident={incident} me={meWith(["business", "logistics"])} />);
    expect(await screen.findByText("已定位到连接池耗尽")).toBeInTheDocument();
    expect(screen.getByText("2026-11-28 05:00", { exact: false })).toBeInTheDocument();
    expect(screen.getByText("更早的进展（1 条）")).toBeInTheDocument();
    // A driver reads updates but does not post the company's.
    expect(screen.queryByRole("button", { name: "发布进展" })).not.toBeInTheDocument();
  });

  it("posts once with a key, and puts a refused field on its field", async () => {
    let answer = jsonResponse(
      { status: 400, title: "请求有误", errors: [{ field: "impact", message: "太长了" }] },
      400,
      "application/problem+json",
    );
    const fetch = backend([], () => answer);
    renderPage(<StatusUpdateCard incident={incident} me={meWith(["comms"])} />);
    expect(await screen.findByText(/还没有发布进展/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "发布进展" }));
    fireEvent.change(await screen.findByLabelText("当前进展"), { target: { value: "回滚中" } });
    fireEvent.change(screen.getByLabelText("影响"), { target: { value: "约 300 单" } });
    const submit = screen.getByRole("button", { name: /^发\s?布$/ });
    fireEvent.click(submit);
    expect(await screen.findByText("请填写下一步")).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText("下一步"), { target: { value: "验证下单" } });
    fireEvent.click(submit);
    expect(await screen.findByText("太长了")).toBeInTheDocument();
    answer = jsonResponse(posted, 201);
    fireEvent.mouseDown(screen.getAllByRole("combobox", { name: "下次更新时间" }).at(-1)!);
    fireEvent.click((await screen.findAllByTitle("30 分钟后")).at(-1)!);
    fireEvent.click(submit);
    await screen.findByText("进展已发布，已通知各小组");
    const posts = fetch.mock.calls.filter(([, init]) => init?.method === "POST");
    expect(posts).toHaveLength(2);
    // Both tries of this form carry one key (a refused request stores none), so a retry after a
    // lost answer never posts twice.
    const keys = posts.map(([, init]) => new Headers(init?.headers).get("Idempotency-Key"));
    expect(keys[0]).toBeTruthy();
    expect(keys[0]).toBe(keys[1]);
    // The next update in minutes: the server's clock decides the time.
    expect(JSON.parse(String(posts[1][1]?.body))).toEqual({
      currentState: "回滚中",
      impact: "约 300 单",
      nextSteps: "验证下单",
      nextUpdateInMinutes: 30,
    });
    await waitFor(() => expect(screen.queryByLabelText("当前进展")).not.toBeInTheDocument());
  });
});
