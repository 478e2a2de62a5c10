import { meWith } from "@/testing/me";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { jsonResponse, renderPage } from "@/testing/render";
import { ArticlePage } from "./ArticlePage";

const article = {
  id: 3,
  version: 2,
  kind: "FALLBACK",
  title: "订单系统宕机时手工接单",
  summary: "用纸质订单表和电话继续接单",
  riskSubTypes: ["ORDER_INTERRUPTION"],
  incidentCategories: ["ORDER_PROCESSING"],
  steps: [
    { title: "启用纸质订单表", detail: "从仓库前台取表，每单一张" },
    { title: "电话确认大客户订单", detail: "" },
  ],
  updatedAt: "2026-11-27T20:00:00Z",
  updatedBy: "赵 业务",
};
const versions = [
  { version: 2, editedAt: "2026-11-27T20:00:00Z", editedBy: "赵 业务" },
  { version: 1, editedAt: "2026-11-01T02:00:00Z", editedBy: "王 技术" },
];
const diff = [
  { change: "SAME", text: "# 订单系统宕机时手工接单" },
  { change: "REMOVED", text: "1. 打印订单模板" },
  { change: "ADDED", text: "1. 启用纸质订单表" },
  { change: "ADDED", text: "2. 电话确认大客户订单" },
];

type Answer = (init: RequestInit | undefined) => Response;

function backend(roles: string[], put?: Answer) {
  return vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => {
    const url = new URL(String(input), "http://localhost");
    const method = init?.method ?? "GET";
    switch (`${method} ${url.pathname}`) {
      case "GET /api/v1/me":
        return jsonResponse(meWith(roles));
      case "GET /api/v1/knowledge/articles/3":
        return jsonResponse(article);
      case "GET /api/v1/knowledge/articles/3/versions":
        return jsonResponse(versions);
      case "GET /api/v1/knowledge/articles/3/versions/1":
        return jsonResponse({ ...article, version: 1, title: "订单系统宕机（旧）", steps: [] });
      case "GET /api/v1/knowledge/articles/3/diff":
        return jsonResponse(diff);
      case "PUT /api/v1/knowledge/articles/3":
        if (put) return put(init);
    }
    return jsonResponse({ status: 404 }, 404, "application/problem+json");
  });
}

const open = () => renderPage(<ArticlePage />, { path: "/knowledge/:id", at: "/knowledge/3" });

describe("knowledge article", () => {
  it("shows the steps numbered in order, and the versions", async () => {
    backend(["reporter"]);
    open();
    expect(
      await screen.findByRole("heading", { name: "订单系统宕机时手工接单" }),
    ).toBeInTheDocument();
    const steps = within(screen.getByTestId("article-steps")).getAllByRole("listitem");
    expect(steps).toHaveLength(2);
    expect(steps[0]).toHaveTextContent("1启用纸质订单表从仓库前台取表，每单一张");
    expect(within(steps[1]).getByLabelText("第 2 步")).toHaveTextContent("2");
    expect(steps[1]).toHaveTextContent("电话确认大客户订单");
    const list = await screen.findByTestId("article-versions");
    expect(list).toHaveTextContent("第 2 版当前");
    expect(list).toHaveTextContent("王 技术");
    expect(screen.queryByRole("button", { name: /修\s?改/ })).not.toBeInTheDocument();
  });

  it("shows an old version when asked, and says it is not the current one", async () => {
    backend(["reporter"]);
    open();
    const first = await screen.findByTestId("article-version-1");
    fireEvent.click(within(first).getByRole("button", { name: /查\s?看/ }));
    expect(await screen.findByRole("heading", { name: "订单系统宕机（旧）" })).toBeInTheDocument();
    expect(screen.getByTestId("old-version")).toHaveTextContent("你正在查看第 1 版");
    fireEvent.click(screen.getByRole("button", { name: "回到当前版本" }));
    expect(
      await screen.findByRole("heading", { name: "订单系统宕机时手工接单" }),
    ).toBeInTheDocument();
  });

  it("compares two versions: added lines green with +, removed lines red with −", async () => {
    const fetch = backend(["reporter"]);
    open();
    await screen.findByTestId("article-versions");
    fireEvent.click(screen.getByRole("button", { name: /比\s?较/ }));

    const view = await screen.findByTestId("line-diff");
    const diffCall = fetch.mock.calls.map(([url]) => String(url)).find((u) => u.includes("/diff"));
    expect(diffCall).toBe("/api/v1/knowledge/articles/3/diff?from=1&to=2");
    expect(screen.getByText("第 1 版 → 第 2 版的变化")).toBeInTheDocument();
    const lines = within(view).getAllByRole("listitem");
    expect(lines.map((line) => line.dataset.change)).toEqual(["SAME", "REMOVED", "ADDED", "ADDED"]);
    expect(lines[1]).toHaveTextContent("−删除：1. 打印订单模板");
    expect(lines[1].style.color).toBe("rgb(168, 7, 26)");
    expect(lines[2]).toHaveTextContent("+新增：1. 启用纸质订单表");
    expect(lines[2].style.color).toBe("rgb(35, 120, 4)");
    expect(lines[0].style.color).toBe("");
    expect(screen.getByTestId("line-diff-counts")).toHaveTextContent("新增 2 行，删除 1 行");
  });

  it("saves an edit with If-Match of the version edited, steps in their new order", async () => {
    const fetch = backend(["business"], (init) =>
      jsonResponse({ ...article, ...JSON.parse(String(init?.body)), version: 3 }),
    );
    open();
    fireEvent.click(await screen.findByRole("button", { name: /修\s?改/ }));
    const drawer = await screen.findByRole("dialog");
    expect(within(drawer).getByLabelText("第 1 步标题")).toHaveValue("启用纸质订单表");
    fireEvent.click(within(drawer).getByRole("button", { name: "第 2 步上移" }));
    await waitFor(() =>
      expect(within(drawer).getByLabelText("第 1 步标题")).toHaveValue("电话确认大客户订单"),
    );
    fireEvent.click(within(drawer).getByRole("button", { name: /保\s?存/ }));

    await waitFor(() =>
      expect(fetch.mock.calls.filter(([, init]) => init?.method === "PUT")).toHaveLength(1),
    );
    const [, init] = fetch.mock.calls.find(([, init]) => init?.method === "PUT")!;
    expect((init?.headers as Record<string, string>)["If-Match"]).toBe('"2"');
    expect(JSON.parse(String(init?.body))).toEqual({
      kind: "FALLBACK",
      title: "订单系统宕机时手工接单",
      summary: "用纸质订单表和电话继续接单",
      incidentCategories: ["ORDER_PROCESSING"],
      riskSubTypes: ["ORDER_INTERRUPTION"],
      steps: [
        { title: "电话确认大客户订单", detail: "" },
        { title: "启用纸质订单表", detail: "从仓库前台取表，每单一张" },
      ],
    });
  });

  it("shows the server's complaint about a step on that step", async () => {
    backend(["tech"], () =>
      jsonResponse(
        {
          type: "/problems/validation",
          title: "Invalid input",
          status: 400,
          errors: [{ field: "steps[1].title", message: "size must be between 0 and 200" }],
        },
        400,
        "application/problem+json",
      ),
    );
    open();
    fireEvent.click(await screen.findByRole("button", { name: /修\s?改/ }));
    const drawer = await screen.findByRole("dialog");
    fireEvent.click(within(drawer).getByRole("button", { name: /保\s?存/ }));
    const complaint = await within(drawer).findByText("size must be between 0 and 200");
    const item = complaint.closest(".ant-form-item") as HTMLElement;
    expect(within(item).getByLabelText("第 2 步标题")).toBeInTheDocument();
  });
});
