import { fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { meWith } from "@/testing/me";
import { jsonResponse, renderPage } from "@/testing/render";
import { PageAckPage } from "./PageAckPage";
import { PoliciesTab } from "./PoliciesTab";

const TOKEN = "tok_0123456789abcdefghijklmnop";
const page = (extra = {}) => ({
  incidentId: 42,
  title: "订单系统下单失败",
  status: "REPORTED",
  personName: "王指挥",
  forCaller: true,
  pagedAt: "2026-11-30T20:01:00Z",
  expiresAt: "2026-11-30T22:01:00Z",
  pagedWith: [{ name: "王指挥", groupCode: "COMMAND" }],
  incidentAcknowledged: false,
  ...extra,
});

function backend(view: object) {
  return vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => {
    const url = String(input);
    if (url === "/api/v1/me") return jsonResponse(meWith(["commander"]));
    if (url === `/api/v1/pages/${TOKEN}` && (init?.method ?? "GET") === "GET") {
      return jsonResponse(view);
    }
    if (url === `/api/v1/pages/${TOKEN}/acknowledge` && init?.method === "POST") {
      return jsonResponse(
        page({
          status: "ASSESSING",
          acknowledgedAt: "2026-11-30T20:03:00Z",
          pagedWith: [
            { name: "王指挥", groupCode: "COMMAND", acknowledgedAt: "2026-11-30T20:03:00Z" },
          ],
          incidentAcknowledged: true,
        }),
      );
    }
    if (url === "/api/v1/escalation-policies") {
      return jsonResponse([
        {
          id: 1,
          version: 0,
          name: "默认：技术值班，然后指挥长",
          repeatTimes: 1,
          isDefault: true,
          afterActivation: [],
          steps: [
            {
              position: 1,
              target: "ON_DUTY",
              groupCode: "TECHNICAL",
              waitMinutes: 20,
              notifyBy: [],
              firesAfterMinutes: 0,
              pagedNow: "技术值班 李",
            },
            {
              position: 2,
              target: "COMMANDER",
              groupCode: "COMMAND",
              waitMinutes: 5,
              notifyBy: [],
              firesAfterMinutes: 20,
            },
          ],
          warnings: [{ step: 2, firesAfterMinutes: 20, grade: "GENERAL", ackMinutes: 15 }],
        },
      ]);
    }
    if (url === "/api/v1/org/groups") {
      return jsonResponse([
        {
          code: "TECHNICAL",
          nameZh: "技术应急小组",
          nameEn: "Technical team",
          duties: [],
          members: [],
        },
      ]);
    }
    return jsonResponse({ status: 404 }, 404, "application/problem+json");
  });
}

describe("the page a page's link opens", () => {
  it("shows what the person was paged for and acknowledges it with one tap", async () => {
    const fetch = backend(page());
    renderPage(<PageAckPage />, { path: "/m/pages/:token", at: `/m/pages/${TOKEN}` });
    expect(await screen.findByText("王指挥，你被呼叫接警")).toBeInTheDocument();
    expect(screen.getByText(/#42 订单系统下单失败/)).toBeInTheDocument();
    // Opening the link changed nothing: only the button acknowledges.
    expect(fetch.mock.calls.some(([, init]) => init?.method === "POST")).toBe(false);
    fireEvent.click(screen.getByRole("button", { name: "确认接警" }));
    expect(await screen.findByText("已确认，呼叫已停止")).toBeInTheDocument();
    expect(screen.getByText(/故障也已确认接警/)).toBeInTheDocument();
  });

  it("tells someone else the page is not theirs", async () => {
    backend(page({ forCaller: false }));
    renderPage(<PageAckPage />, { path: "/m/pages/:token", at: `/m/pages/${TOKEN}` });
    expect(await screen.findByRole("alert")).toHaveTextContent("只有本人可以确认");
    expect(screen.queryByRole("button", { name: "确认接警" })).not.toBeInTheDocument();
  });
});

describe("escalation policies", () => {
  it("shows each step with when it fires and flags a step later than an ack target", async () => {
    backend(page());
    renderPage(<PoliciesTab admin={false} />);
    expect(await screen.findByText("默认：技术值班，然后指挥长")).toBeInTheDocument();
    await waitFor(() =>
      expect(
        screen.getByText("第 1 步（第 0 分钟）：呼叫技术应急小组的值班人员"),
      ).toBeInTheDocument(),
    );
    expect(screen.getByText("第 2 步（第 20 分钟）：呼叫值班指挥长")).toBeInTheDocument();
    expect(screen.getByText("现在会呼叫：技术值班 李")).toBeInTheDocument();
    expect(screen.getByText("现在无人值班：只通知小组的群")).toBeInTheDocument();
    expect(
      screen.getByText(/第 2 步在 20 分钟后才呼叫，晚于一般故障 15 分钟的接警目标/),
    ).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /新建策略/ })).not.toBeInTheDocument();
  });
});
