import { fireEvent, screen, waitFor } from "@testing-library/react";
import dayjs from "dayjs";
import { describe, expect, it, vi } from "vitest";
import { AntdProvider } from "@/components/AntdProvider";
import { jsonResponse, renderPage } from "@/testing/render";
import { IncidentListPage } from "./IncidentListPage";

const incident = {
  id: 42,
  version: 0,
  title: "订单系统无法下单",
  phenomenon: "提交订单报错",
  occurredAt: "2026-11-27T20:00:00Z",
  scope: { affectedSystems: ["OMS"], businessLines: ["SALES"], regions: [] },
  status: "REPORTED",
  reporter: { subject: "s", name: "孙 一线员工" },
  reportedAt: "2026-11-27T20:05:00Z",
  updatedAt: "2026-11-27T20:05:00Z",
};

describe("incident list", () => {
  it("shows incidents with their status and Beijing time", async () => {
    const fetch = vi
      .spyOn(globalThis, "fetch")
      .mockResolvedValue(jsonResponse({ items: [incident], page: 0, size: 20, total: 1 }));
    renderPage(<IncidentListPage />);
    expect(await screen.findByText("订单系统无法下单")).toBeInTheDocument();
    expect(screen.getByText("已上报")).toBeInTheDocument();
    expect(screen.getByText(/2026-11-28 04:00/)).toBeInTheDocument();
    expect(String(fetch.mock.calls[0][0])).toBe("/api/v1/incidents?page=0&size=20");
  });

  it("explains a failure and offers a retry", async () => {
    vi.spyOn(globalThis, "fetch").mockRejectedValue(new TypeError("Failed to fetch"));
    renderPage(<IncidentListPage />);
    expect(await screen.findByRole("alert")).toHaveTextContent("无法连接服务器");
    expect(screen.getByRole("button", { name: /重\s?试/ })).toBeInTheDocument();
  });

  it("opens the war room from a row and filters by report dates once the picker loads", async () => {
    const fetch = vi
      .spyOn(globalThis, "fetch")
      .mockResolvedValue(jsonResponse({ items: [incident], page: 0, size: 20, total: 1 }));
    renderPage(
      <AntdProvider>
        <IncidentListPage />
      </AntdProvider>,
    );
    // The picker's code is not loaded until the filter is used.
    fireEvent.click(await screen.findByRole("button", { name: /报告日期范围/ }));
    expect(await screen.findByPlaceholderText("开始日期")).toHaveFocus();
    const month = dayjs().format("YYYY-MM");
    fireEvent.click(document.querySelector(`td[title="${month}-02"]`)!);
    fireEvent.click(document.querySelector(`td[title="${month}-05"]`)!);
    await waitFor(() => {
      const url = new URL(String(fetch.mock.calls.at(-1)?.[0]), "http://x");
      expect(dayjs(url.searchParams.get("from")).format("YYYY-MM-DD HH:mm")).toBe(
        `${month}-02 00:00`,
      );
      expect(dayjs(url.searchParams.get("to")).format("YYYY-MM-DD HH:mm")).toBe(
        `${month}-05 23:59`,
      );
    });
    fireEvent.click(screen.getByText(/#42 ·/));
    expect(await screen.findByTestId("navigated")).toBeInTheDocument();
  });

  it("says when filters match nothing, and clears them", async () => {
    const fetch = vi
      .spyOn(globalThis, "fetch")
      .mockImplementation(async (input) =>
        jsonResponse(
          String(input).includes("mine=true")
            ? { items: [], page: 0, size: 20, total: 0 }
            : { items: [incident], page: 0, size: 20, total: 1 },
        ),
      );
    renderPage(<IncidentListPage />);
    await screen.findByText("订单系统无法下单");
    fireEvent.click(screen.getByLabelText("只看我上报的"));
    expect(await screen.findByText(/没有符合筛选条件的故障/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "清除筛选" }));
    expect(await screen.findByText("订单系统无法下单")).toBeInTheDocument();
    expect(screen.getByLabelText("只看我上报的")).not.toBeChecked();
    expect(String(fetch.mock.calls.at(-1)?.[0])).not.toContain("mine=true");
  });
});
