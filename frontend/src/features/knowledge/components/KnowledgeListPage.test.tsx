import { meWith } from "@/testing/me";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { jsonResponse, renderPage } from "@/testing/render";
import { KnowledgeListPage } from "./KnowledgeListPage";

const manualOrders = {
  id: 3,
  version: 2,
  kind: "FALLBACK",
  title: "订单系统宕机时手工接单",
  summary: "用纸质订单表和电话继续接单",
  riskSubTypes: ["ORDER_INTERRUPTION"],
  incidentCategories: ["ORDER_PROCESSING", "SYSTEM_CRASH"],
  steps: [{ title: "启用纸质订单表", detail: "" }],
  updatedAt: "2026-11-27T20:00:00Z",
  updatedBy: "赵 业务",
};
const dbFailover = {
  ...manualOrders,
  id: 4,
  kind: "RUNBOOK",
  title: "订单库主从切换",
  summary: "",
  incidentCategories: ["DATA_LOSS"],
};

function backend(roles: string[]) {
  return vi.spyOn(globalThis, "fetch").mockImplementation(async (input) => {
    const url = new URL(String(input), "http://localhost");
    if (url.pathname === "/api/v1/me") {
      return jsonResponse(meWith(roles));
    }
    if (url.pathname === "/api/v1/knowledge/articles") {
      const q = url.searchParams.get("q");
      // The server's multi-word AND: every word must occur.
      const all = [manualOrders, dbFailover];
      return jsonResponse(
        q ? all.filter((a) => q.split(" ").every((word) => a.title.includes(word))) : all,
      );
    }
    return jsonResponse({ status: 404 }, 404, "application/problem+json");
  });
}

const searches = (fetch: ReturnType<typeof backend>) =>
  fetch.mock.calls
    .map(([url]) => String(url))
    .filter((url) => url.startsWith("/api/v1/knowledge/articles"));

describe("knowledge base search", () => {
  it("sends the words typed as q and lists what the server found", async () => {
    const fetch = backend(["warehouse"]);
    renderPage(<KnowledgeListPage />);
    expect(await screen.findByTestId("article-4")).toBeInTheDocument();
    expect(searches(fetch)[0]).toBe("/api/v1/knowledge/articles");

    fireEvent.change(screen.getByLabelText("搜索知识库"), { target: { value: " 订单 手工 " } });
    fireEvent.click(screen.getByRole("button", { name: /搜\s?索/ }));

    await waitFor(() => expect(screen.queryByTestId("article-4")).not.toBeInTheDocument());
    expect(searches(fetch).at(-1)).toBe(
      `/api/v1/knowledge/articles?q=${encodeURIComponent("订单 手工").replace(/%20/g, "+")}`,
    );
    const card = screen.getByTestId("article-3");
    expect(within(card).getByRole("link", { name: "订单系统宕机时手工接单" })).toHaveAttribute(
      "href",
      "/knowledge/3",
    );
    expect(within(card).getByTestId("article-kind")).toHaveTextContent("业务降级方案");
    expect(card).toHaveTextContent("用纸质订单表和电话继续接单");
    const categories = within(card).getByTestId("article-categories");
    expect(categories).toHaveTextContent("订单处理中断");
    expect(categories).toHaveTextContent("系统崩溃");
    expect(screen.getByText("找到 1 篇")).toBeInTheDocument();
    // A reader cannot write articles.
    expect(screen.queryByRole("button", { name: /新建文章/ })).not.toBeInTheDocument();
  });

  it("says what to try when nothing matches", async () => {
    backend(["tech"]);
    renderPage(<KnowledgeListPage />, { at: "/?q=冷链" });
    expect(
      await screen.findByText(
        "没有找到符合条件的文章。可以减少关键词、换个说法，或清除筛选后再试。",
      ),
    ).toBeInTheDocument();
    expect(screen.getByLabelText("搜索知识库")).toHaveValue("冷链");
    expect(screen.getByRole("button", { name: /新建文章/ })).toBeInTheDocument();
  });
});
