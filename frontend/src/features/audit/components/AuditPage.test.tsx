import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { jsonResponse, renderPage } from "@/testing/render";
import { AuditPage } from "./AuditPage";

const updated = {
  id: 120,
  at: "2026-11-27T20:00:00Z",
  actorSubject: "u-1",
  actorName: "王 技术",
  action: "risk.updated",
  entityType: "risk",
  entityId: "7",
  before: {
    title: "订单库单点故障",
    score: 20,
    likelihood: 4,
    ownerName: "",
    version: 3,
    status: "OPEN",
    updatedAt: "2026-11-27T12:00:00Z",
    mitigations: ["双机热备"],
  },
  after: {
    title: "订单库单点故障",
    score: 15,
    likelihood: 3,
    ownerName: "赵 业务",
    version: 4,
    status: "MITIGATING",
    updatedAt: "2026-11-27T20:00:00Z",
    mitigations: ["双机热备", "限流"],
  },
};

const filler = (id: number) => ({
  ...updated,
  id,
  action: "risk.linked",
  before: null,
  after: { kind: "INCIDENT", targetId: id, note: "" },
});

describe("audit log", () => {
  it("shows who changed what, in Beijing time, with the changed fields old → new", async () => {
    const fetch = vi.spyOn(globalThis, "fetch").mockResolvedValue(jsonResponse([updated]));
    renderPage(<AuditPage />);
    const entry = await screen.findByTestId("audit-entry-120");
    expect(entry).toHaveTextContent("修改风险");
    expect(entry).toHaveTextContent("2026-11-28 04:00");
    expect(entry).toHaveTextContent("王 技术");
    expect(within(entry).getByRole("link", { name: "#7" })).toHaveAttribute("href", "/risks/7");

    const score = within(entry).getByTestId("change-score");
    expect(score).toHaveTextContent("评分20 → 15");
    // Field names, codes and times as people read them, lists spelled out.
    expect(within(entry).getByTestId("change-status")).toHaveTextContent("状态未处理 → 缓解中");
    expect(within(entry).getByTestId("change-updatedAt")).toHaveTextContent(
      "修改时间2026-11-27 20:00 → 2026-11-28 04:00",
    );
    expect(within(entry).getByTestId("change-mitigations")).toHaveTextContent(
      "缓解措施双机热备 → 双机热备、限流",
    );
    expect(within(entry).getByTestId("change-likelihood")).toHaveTextContent("4 → 3");
    expect(within(entry).getByTestId("change-ownerName")).toHaveTextContent("（空） → 赵 业务");
    expect(within(entry).getByTestId("change-version")).toHaveTextContent("3 → 4");
    // The unchanged title is not listed.
    expect(within(entry).queryByTestId("change-title")).not.toBeInTheDocument();
    expect(String(fetch.mock.calls[0][0])).toBe("/api/v1/audit?limit=50");
  });

  it("names people, not their account ids, and timeline kinds as the war room does", async () => {
    const paged = {
      ...updated,
      id: 130,
      actorSubject: "system:escalation",
      actorName: "升级策略",
      action: "incident.paged",
      entityType: "incident",
      entityId: "1",
      before: null,
      after: {
        kind: "PAGED",
        actor: { subject: "system:escalation", name: "升级策略" },
        reporter: { subject: "0000a11e-0000-4000-8000-000000000005", name: "配送司机 刘" },
        acknowledgedAt: "2026-11-27T20:05:00Z",
      },
    };
    vi.spyOn(globalThis, "fetch").mockResolvedValue(jsonResponse([paged]));
    renderPage(<AuditPage />);
    const entry = await screen.findByTestId("audit-entry-130");
    expect(within(entry).getByTestId("change-kind")).toHaveTextContent("类型（空） → 呼叫");
    expect(within(entry).getByTestId("change-reporter")).toHaveTextContent(
      "上报人（空） → 配送司机 刘",
    );
    expect(entry).not.toHaveTextContent("0000a11e");
    expect(within(entry).getByTestId("change-acknowledgedAt")).toHaveTextContent(
      "接警时间（空） → 2026-11-28 04:05",
    );
  });

  it("loads older entries before the last id until there are no more", async () => {
    const first = Array.from({ length: 50 }, (_, index) => filler(200 - index)); // 200 … 151
    const second = [filler(150), filler(149)];
    const fetch = vi
      .spyOn(globalThis, "fetch")
      .mockImplementation(async (input) =>
        jsonResponse(
          new URL(String(input), "http://x").searchParams.has("before") ? second : first,
        ),
      );
    renderPage(<AuditPage />);
    expect(await screen.findByTestId("audit-entry-151")).toBeInTheDocument();
    expect(screen.getAllByTestId(/^audit-entry-/)).toHaveLength(50);

    fireEvent.click(screen.getByRole("button", { name: /加载更多/ }));
    expect(await screen.findByTestId("audit-entry-149")).toBeInTheDocument();
    expect(String(fetch.mock.calls[1][0])).toBe("/api/v1/audit?before=151&limit=50");
    const ids = screen.getAllByTestId(/^audit-entry-/).map((el) => el.dataset.testid);
    expect(ids).toHaveLength(52);
    expect(ids.slice(-3)).toEqual(["audit-entry-151", "audit-entry-150", "audit-entry-149"]);
    expect(screen.queryByRole("button", { name: /加载更多/ })).not.toBeInTheDocument();
    expect(screen.getByText("已全部加载，共 52 条")).toBeInTheDocument();
  });

  it("filters by the entity named in the address and by the form", async () => {
    const fetch = vi.spyOn(globalThis, "fetch").mockResolvedValue(jsonResponse([]));
    renderPage(<AuditPage />, { path: "/audit", at: "/audit?entityType=risk&entityId=7" });
    expect(
      await screen.findByText(
        "没有符合条件的审计记录，请检查对象类型和编号，或点击“清除”查看全部。",
      ),
    ).toBeInTheDocument();
    expect(String(fetch.mock.calls[0][0])).toBe(
      "/api/v1/audit?entityType=risk&entityId=7&limit=50",
    );
    expect(screen.getByLabelText("对象编号")).toHaveValue("7");

    fireEvent.change(screen.getByLabelText("对象编号"), { target: { value: " 9 " } });
    fireEvent.click(screen.getByRole("button", { name: /查\s?询/ }));
    await waitFor(() =>
      expect(String(fetch.mock.calls.at(-1)![0])).toBe(
        "/api/v1/audit?entityType=risk&entityId=9&limit=50",
      ),
    );
  });

  it("says what to do when the role may not read the log", async () => {
    vi.spyOn(globalThis, "fetch").mockResolvedValue(
      jsonResponse({ status: 403, title: "Forbidden" }, 403, "application/problem+json"),
    );
    renderPage(<AuditPage />);
    expect(await screen.findByRole("alert")).toHaveTextContent("无权执行此操作");
  });
});
