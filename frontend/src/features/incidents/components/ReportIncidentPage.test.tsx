import { fireEvent, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { jsonResponse, renderPage } from "@/testing/render";
import { dayjs } from "@/lib/time";
import { ReportIncidentPage, formFieldOf, toReport } from "./ReportIncidentPage";

describe("report an incident", () => {
  it("refuses an empty form without calling the API", async () => {
    const fetch = vi.spyOn(globalThis, "fetch");
    renderPage(<ReportIncidentPage />);
    fireEvent.click(screen.getByRole("button", { name: /提交上报/ }));
    expect(await screen.findByText("请填写标题")).toBeInTheDocument();
    expect(screen.getByText("请填写故障现象")).toBeInTheDocument();
    expect(screen.getByText("请至少填写一项影响范围")).toBeInTheDocument();
    expect(fetch).not.toHaveBeenCalled();
  });

  it("sends the report and shows the server's field errors where they belong", async () => {
    const fetch = vi.spyOn(globalThis, "fetch").mockResolvedValue(
      jsonResponse(
        {
          status: 400,
          title: "Invalid input",
          errors: [{ field: "title", message: "标题与已有故障重复" }],
        },
        400,
        "application/problem+json",
      ),
    );
    renderPage(<ReportIncidentPage />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText("标题"), "仓库无法打印拣货单");
    await user.type(screen.getByLabelText("故障现象"), "WMS 打印按钮无响应");
    await user.click(screen.getByLabelText("仓储"));
    await user.click(screen.getByRole("button", { name: /提交上报/ }));
    await waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
    const body = JSON.parse(String(fetch.mock.calls[0][1]?.body));
    expect(body).toMatchObject({
      title: "仓库无法打印拣货单",
      phenomenon: "WMS 打印按钮无响应",
      scope: { businessLines: ["WAREHOUSE"], affectedSystems: [], regions: [] },
    });
    expect(await screen.findByText("标题与已有故障重复")).toBeInTheDocument();
    expect(screen.getByRole("alert")).toHaveTextContent("提交的内容有误");
  });

  it("maps server field paths onto form fields", () => {
    expect(formFieldOf("title")).toBe("title");
    expect(formFieldOf("scope.regions[1]")).toBe("regions");
    expect(formFieldOf("scope")).toBe("affectedSystems");
    expect(formFieldOf("reporter")).toBeUndefined();
  });

  it("trims text and keeps the time's offset", () => {
    const report = toReport({
      title: "  断网 ",
      phenomenon: " 全部门店无法下单 ",
      occurredAt: dayjs("2026-11-28T04:00:00+08:00"),
      contact: "  ",
    });
    expect(report.title).toBe("断网");
    expect(report.contact).toBeUndefined();
    expect(dayjs(report.occurredAt).toISOString()).toBe("2026-11-27T20:00:00.000Z");
    expect(report.occurredAt).toMatch(/[+-]\d\d:\d\d$/);
  });
});
