import { meWith } from "@/testing/me";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { dayjs } from "@/lib/time";
import { jsonResponse, renderPage } from "@/testing/render";
import { SafeguardsPage } from "./SafeguardsPage";
import { isFutureDay, todayInBeijing } from "./safeguard-display";

const system = (id: number, name: string, extra = {}) => ({
  id,
  version: 2,
  name,
  description: "",
  backupEveryHours: 6,
  retentionDays: 30,
  offsiteCopy: true,
  redundancy: "主从复制",
  restoreCheckDays: 90,
  lastRestoreOn: "2026-10-01",
  lastRestorePassed: true,
  restoreOverdue: false,
  updatedAt: "2026-11-01T00:00:00Z",
  ...extra,
});
const orders = system(1, "订单数据库");
const wms = system(2, "仓储管理系统", {
  offsiteCopy: false,
  lastRestoreOn: "2026-05-01",
  lastRestorePassed: false,
  restoreOverdue: true,
});

type Answer = (init: RequestInit | undefined) => Response;

function backend(roles: string[], record?: Answer) {
  return vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => {
    const url = String(input);
    const method = init?.method ?? "GET";
    if (url === "/api/v1/me") {
      return jsonResponse(meWith(roles));
    }
    // Listed in the order given, to show the page puts overdue systems first itself.
    if (url === "/api/v1/safeguards") return jsonResponse([orders, wms]);
    if (url === "/api/v1/safeguards/2/restore-checks" && method === "GET") {
      return jsonResponse([
        {
          id: 11,
          checkedOn: "2026-05-01",
          passed: false,
          note: "恢复后库存表缺失",
          recordedBy: "王 技术",
          recordedAt: "2026-05-01T08:00:00Z",
        },
      ]);
    }
    if (url === "/api/v1/safeguards/2/restore-checks" && method === "POST" && record) {
      return record(init);
    }
    return jsonResponse({ status: 404 }, 404, "application/problem+json");
  });
}

describe("safeguards", () => {
  it("lists overdue systems first with their tag, and each system's policy", async () => {
    backend(["commander"]);
    renderPage(<SafeguardsPage />);
    const cards = await screen.findByTestId("safeguard-cards");
    const [first, second] = within(cards).getAllByTestId(/^safeguard-\d+$/);
    expect(first).toBe(screen.getByTestId("safeguard-2"));
    expect(within(first).getByTestId("restore-overdue")).toHaveTextContent("恢复验证逾期");
    expect(first).toHaveTextContent("无异地副本");
    expect(first).toHaveTextContent("2026-05-01 未通过");
    expect(within(second).queryByTestId("restore-overdue")).not.toBeInTheDocument();
    expect(second).toHaveTextContent("每 6 小时备份 · 保留 30 天 · 每 90 天验证恢复 · 主从复制");
    expect(second).toHaveTextContent("有异地副本");
    expect(second).toHaveTextContent("2026-10-01 通过");
    expect(screen.getByTestId("overdue-count")).toHaveTextContent("1 个系统的恢复验证已逾期");
    // A commander reads; only tech and admins change anything.
    expect(screen.queryByRole("button", { name: /登记系统/ })).not.toBeInTheDocument();
    fireEvent.click(within(first).getByRole("button", { name: /恢复记录/ }));
    const drawer = await screen.findByRole("dialog");
    expect(await within(drawer).findByTestId("restore-check-11")).toHaveTextContent(
      "恢复后库存表缺失",
    );
    expect(within(drawer).queryByTestId("restore-form")).not.toBeInTheDocument();
  });

  it("shows the server's complaint about the test date on the date field", async () => {
    const fetch = backend(["tech"], () =>
      jsonResponse(
        {
          type: "/problems/validation",
          title: "Invalid input",
          status: 400,
          errors: [{ field: "checkedOn", message: "cannot be in the future" }],
        },
        400,
        "application/problem+json",
      ),
    );
    renderPage(<SafeguardsPage />);
    const card = await screen.findByTestId("safeguard-2");
    fireEvent.click(within(card).getByRole("button", { name: /恢复测试/ }));
    const drawer = await screen.findByRole("dialog");
    const form = within(drawer).getByTestId("restore-form");
    fireEvent.click(within(form).getByRole("radio", { name: "通过" }));
    fireEvent.change(within(form).getByLabelText("备注（选填）"), {
      target: { value: " 30 分钟恢复完成 " },
    });
    fireEvent.click(within(form).getByRole("button", { name: /记录结果/ }));

    const complaint = await within(drawer).findByText("cannot be in the future");
    const item = complaint.closest(".ant-form-item") as HTMLElement;
    expect(within(item).getByText("测试日期")).toBeInTheDocument();
    const post = fetch.mock.calls.find(([, init]) => init?.method === "POST")!;
    expect(JSON.parse(String(post[1]?.body))).toEqual({
      checkedOn: todayInBeijing(),
      passed: true,
      note: "30 分钟恢复完成",
    });
  });

  it("refuses a result without saying whether it passed", async () => {
    const fetch = backend(["admin"]);
    renderPage(<SafeguardsPage />);
    const card = await screen.findByTestId("safeguard-2");
    fireEvent.click(within(card).getByRole("button", { name: /恢复测试/ }));
    const form = await screen.findByTestId("restore-form");
    fireEvent.click(within(form).getByRole("button", { name: /记录结果/ }));
    expect(await within(form).findByText("请选择测试结果")).toBeInTheDocument();
    await waitFor(() =>
      expect(fetch.mock.calls.some(([, init]) => init?.method === "POST")).toBe(false),
    );
  });

  it("treats any day after today in Beijing as the future", () => {
    expect(isFutureDay(dayjs("2026-11-29"), "2026-11-28")).toBe(true);
    expect(isFutureDay(dayjs("2026-11-28"), "2026-11-28")).toBe(false);
    expect(isFutureDay(dayjs("2025-12-31"), "2026-11-28")).toBe(false);
  });
});
