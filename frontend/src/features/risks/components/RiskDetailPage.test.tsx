import { meWith } from "@/testing/me";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { jsonResponse, renderPage } from "@/testing/render";
import { RiskDetailPage } from "./RiskDetailPage";

const BANDS = [
  { code: "LOW", minScore: 1, maxScore: 4 },
  { code: "MEDIUM", minScore: 5, maxScore: 9 },
  { code: "HIGH", minScore: 10, maxScore: 14 },
  { code: "CRITICAL", minScore: 15, maxScore: 25 },
];

const risk = {
  id: 7,
  version: 3,
  title: "订单库单点故障",
  description: "订单库只有一台主库",
  category: "TECHNICAL",
  subType: "SYSTEM_CRASH",
  likelihood: 3,
  impact: 5,
  score: 15,
  band: "CRITICAL",
  ownerName: "王 技术",
  mitigations: ["每季度主从切换演练"],
  status: "MITIGATING",
  nextReviewOn: "2026-12-31",
  reviewOverdue: false,
  createdAt: "2026-10-01T00:00:00Z",
  updatedAt: "2026-11-27T20:00:00Z",
};

const detail = (over: Partial<typeof risk> = {}) => ({
  risk: { ...risk, ...over },
  links: [{ kind: "INCIDENT", targetId: 42, note: "11 月断库" }],
  history: [
    { at: "2026-10-01T00:00:00Z", likelihood: 4, impact: 5, score: 20, changedBy: "李 指挥" },
    { at: "2026-11-27T20:00:00Z", likelihood: 3, impact: 5, score: 15, changedBy: "王 技术" },
  ],
});

type Answer = (init: RequestInit | undefined, calls: number) => Response;

/** The backend for one risk; `put` answers saves, `get` the detail (by how often it was read). */
function backend(roles: string[], { put, get }: { put?: Answer; get?: Answer } = {}) {
  let reads = 0;
  return vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => {
    const url = String(input);
    const method = init?.method ?? "GET";
    if (url === "/api/v1/me") {
      return jsonResponse(meWith(roles));
    }
    if (url === "/api/v1/risks/bands") return jsonResponse(BANDS);
    if (url === "/api/v1/risks/7" && method === "GET") {
      reads += 1;
      return get ? get(init, reads) : jsonResponse(detail());
    }
    if (url === "/api/v1/risks/7" && method === "PUT" && put) return put(init, 0);
    return jsonResponse({ status: 404 }, 404, "application/problem+json");
  });
}

const puts = (fetch: ReturnType<typeof backend>) =>
  fetch.mock.calls.filter(([, init]) => init?.method === "PUT");

async function openEditor() {
  renderPage(<RiskDetailPage />, { path: "/risks/:id", at: "/risks/7" });
  fireEvent.click(await screen.findByRole("button", { name: /修\s?改/ }));
  return screen.findByRole("dialog");
}

describe("risk detail", () => {
  it("shows the risk, its score history and links", async () => {
    backend(["sales"]);
    renderPage(<RiskDetailPage />, { path: "/risks/:id", at: "/risks/7" });
    expect(await screen.findByRole("heading", { name: "订单库单点故障" })).toBeInTheDocument();
    expect(screen.getByTestId("risk-score")).toHaveTextContent("15 分 · 极高");
    expect(screen.getByText("3 · 可能")).toBeInTheDocument();
    expect(screen.getByTestId("mitigations")).toHaveTextContent("每季度主从切换演练");
    const history = screen.getByTestId("score-history");
    const rows = within(history).getAllByRole("row").slice(1);
    // Newest first, in Beijing time.
    expect(rows[0]).toHaveTextContent("2026-11-28 04:00");
    expect(rows[0]).toHaveTextContent("3 × 5 = 15");
    expect(rows[1]).toHaveTextContent("4 × 5 = 20");
    const link = screen.getByTestId("risk-link-INCIDENT-42");
    expect(within(link).getByRole("link", { name: "#42" })).toHaveAttribute(
      "href",
      "/incidents/42",
    );
    // A reader changes nothing and sees no audit trail.
    expect(screen.queryByRole("button", { name: /修\s?改/ })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /移\s?除/ })).not.toBeInTheDocument();
    expect(screen.queryByText("添加关联")).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /审计记录/ })).not.toBeInTheDocument();
  });

  it("offers the commander the audit trail of this risk", async () => {
    backend(["commander"]);
    renderPage(<RiskDetailPage />, { path: "/risks/:id", at: "/risks/7" });
    fireEvent.click(await screen.findByRole("button", { name: /审计记录/ }));
    expect(await screen.findByTestId("navigated")).toBeInTheDocument();
  });

  it("saves a change with If-Match set to the version that was edited", async () => {
    const fetch = backend(["tech"], {
      put: (init) => jsonResponse({ ...risk, ...JSON.parse(String(init?.body)), version: 4 }),
    });
    const drawer = await openEditor();
    const title = within(drawer).getByLabelText("风险名称");
    expect(title).toHaveValue("订单库单点故障");
    fireEvent.change(title, { target: { value: "订单库单点故障（已加从库）" } });
    fireEvent.click(within(drawer).getByRole("button", { name: /保\s?存/ }));

    await waitFor(() => expect(puts(fetch)).toHaveLength(1));
    const [url, init] = puts(fetch)[0];
    expect(String(url)).toBe("/api/v1/risks/7");
    expect((init?.headers as Record<string, string>)["If-Match"]).toBe('"3"');
    expect(JSON.parse(String(init?.body))).toEqual({
      title: "订单库单点故障（已加从库）",
      description: "订单库只有一台主库",
      category: "TECHNICAL",
      subType: "SYSTEM_CRASH",
      likelihood: 3,
      impact: 5,
      ownerName: "王 技术",
      mitigations: ["每季度主从切换演练"],
      status: "MITIGATING",
      nextReviewOn: "2026-12-31",
    });
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
  });

  it("shows the server's complaint about the sub-type on the sub-type field", async () => {
    backend(["tech"], {
      put: () =>
        jsonResponse(
          {
            status: 400,
            title: "Invalid input",
            detail: "The sub-type SYSTEM_CRASH is not a BUSINESS risk.",
            errors: [{ field: "subType", message: "does not belong to category BUSINESS" }],
          },
          400,
          "application/problem+json",
        ),
    });
    const drawer = await openEditor();
    fireEvent.click(within(drawer).getByRole("button", { name: /保\s?存/ }));

    const complaint = await within(drawer).findByText("does not belong to category BUSINESS");
    const item = complaint.closest(".ant-form-item")!;
    expect(within(item as HTMLElement).getByText("子类型")).toBeInTheDocument();
    expect(within(drawer).getByRole("alert")).toHaveTextContent("提交的内容有误");
  });

  it("tells the user to reload when someone else changed the risk, then saves on the new version", async () => {
    let saves = 0;
    const fetch = backend(["business"], {
      get: (_init, reads) =>
        jsonResponse(reads === 1 ? detail() : detail({ version: 5, ownerName: "赵 业务" })),
      put: (init) => {
        saves += 1;
        return saves === 1
          ? jsonResponse(
              { status: 412, title: "Precondition failed", detail: "Someone changed this risk" },
              412,
              "application/problem+json",
            )
          : jsonResponse({ ...risk, ...JSON.parse(String(init?.body)), version: 6 });
      },
    });
    const drawer = await openEditor();
    fireEvent.click(within(drawer).getByRole("button", { name: /保\s?存/ }));

    const alert = await within(drawer).findByRole("alert");
    expect(alert).toHaveTextContent("已被他人更新");
    expect(alert).toHaveTextContent("重新加载");
    // Saving again with the stale version is not offered.
    expect(within(drawer).getByRole("button", { name: /保\s?存/ })).toBeDisabled();

    fireEvent.click(within(alert).getByRole("button", { name: /重新加载/ }));
    await waitFor(() => expect(within(drawer).getByLabelText("负责人")).toHaveValue("赵 业务"));
    expect(within(drawer).queryByRole("alert")).not.toBeInTheDocument();
    fireEvent.click(within(drawer).getByRole("button", { name: /保\s?存/ }));

    await waitFor(() => expect(puts(fetch)).toHaveLength(2));
    const headers = puts(fetch).map(
      ([, init]) => (init?.headers as Record<string, string>)["If-Match"],
    );
    expect(headers).toEqual(['"3"', '"5"']);
  });
});
