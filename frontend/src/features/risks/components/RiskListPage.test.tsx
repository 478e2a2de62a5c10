import { meWith } from "@/testing/me";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { jsonResponse, renderPage } from "@/testing/render";
import { RiskListPage } from "./RiskListPage";

const BANDS = [
  { code: "LOW", minScore: 1, maxScore: 4 },
  { code: "MEDIUM", minScore: 5, maxScore: 9 },
  { code: "HIGH", minScore: 10, maxScore: 14 },
  { code: "CRITICAL", minScore: 15, maxScore: 25 },
];
const bandOf = (score: number) =>
  BANDS.find((band) => score >= band.minScore && score <= band.maxScore)!.code;

function risk(id: number, title: string, likelihood: number, impact: number, extra = {}) {
  return {
    id,
    version: 0,
    title,
    description: "",
    category: "TECHNICAL",
    subType: "SYSTEM_CRASH",
    likelihood,
    impact,
    score: likelihood * impact,
    band: bandOf(likelihood * impact),
    ownerName: "王 技术",
    mitigations: [],
    status: "OPEN",
    nextReviewOn: "2026-12-31",
    reviewOverdue: false,
    createdAt: "2026-11-01T00:00:00Z",
    updatedAt: "2026-11-01T00:00:00Z",
    ...extra,
  };
}

const orderDb = risk(1, "订单库单点故障", 4, 5, { reviewOverdue: true });
const courier = risk(2, "配送商罢工", 2, 3, {
  category: "BUSINESS",
  subType: "DELIVERY_DELAY",
  ownerName: "",
});

function heatMap(counts: Record<string, number>) {
  const cells = [];
  for (let likelihood = 5; likelihood >= 1; likelihood--) {
    for (let impact = 1; impact <= 5; impact++) {
      const score = likelihood * impact;
      cells.push({
        likelihood,
        impact,
        score,
        band: bandOf(score),
        count: counts[`${likelihood}-${impact}`] ?? 0,
      });
    }
  }
  return cells;
}

/** Answers the API calls the page makes; every call is kept for assertions. */
function backend(roles: string[], risks = [orderDb, courier]) {
  return vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => {
    const url = new URL(String(input), "http://localhost");
    const method = init?.method ?? "GET";
    switch (`${method} ${url.pathname}`) {
      case "GET /api/v1/me":
        return jsonResponse(meWith(roles));
      case "GET /api/v1/risks/heat-map":
        return jsonResponse(heatMap({ "4-5": 1, "2-3": 1 }));
      case "GET /api/v1/risks/bands":
        return jsonResponse(BANDS);
      case "GET /api/v1/risks":
        return jsonResponse(
          url.searchParams.get("overdue") === "true" ? risks.filter((r) => r.reviewOverdue) : risks,
        );
      default:
        return jsonResponse({ status: 404 }, 404, "application/problem+json");
    }
  });
}

describe("risk register", () => {
  it("shows a 5×5 heat map with counts, coloured by band, likelihood 5 on top", async () => {
    backend(["tech"]);
    renderPage(<RiskListPage />);
    const map = await screen.findByTestId("heat-map");
    const cells = within(map).getAllByRole("button");
    expect(cells).toHaveLength(25);
    // Rows run likelihood 5 → 1, columns impact 1 → 5.
    expect(cells[0]).toBe(screen.getByTestId("heat-cell-5-1"));
    expect(cells[4]).toBe(screen.getByTestId("heat-cell-5-5"));
    expect(cells[24]).toBe(screen.getByTestId("heat-cell-1-5"));
    expect(screen.getByTestId("heat-cell-4-5")).toHaveTextContent("1");
    expect(screen.getByTestId("heat-cell-2-3")).toHaveTextContent("1");
    expect(screen.getByTestId("heat-cell-3-3")).toHaveTextContent("0");
    expect(screen.getByTestId("heat-cell-4-5")).toHaveAccessibleName(
      "可能性 4 × 影响 5，极高：1 项",
    );
    expect(screen.getByTestId("heat-cell-5-5").style.background).toBe("rgb(255, 163, 158)");
    expect(screen.getByTestId("heat-cell-1-1").style.background).toBe("rgb(217, 247, 190)");
  });

  it("lists only the clicked cell's risks until the cell filter is cleared", async () => {
    backend(["tech"]);
    renderPage(<RiskListPage />);
    expect(await screen.findByText("订单库单点故障")).toBeInTheDocument();
    expect(screen.getByText("配送商罢工")).toBeInTheDocument();

    fireEvent.click(screen.getByTestId("heat-cell-4-5"));
    expect(screen.getByTestId("heat-cell-4-5")).toHaveAttribute("aria-pressed", "true");
    expect(screen.getByTestId("cell-filter")).toHaveTextContent("只看：可能性 4 × 影响 5");
    expect(screen.getByText("订单库单点故障")).toBeInTheDocument();
    expect(screen.queryByText("配送商罢工")).not.toBeInTheDocument();

    fireEvent.click(screen.getByTestId("heat-cell-3-3"));
    expect(screen.queryByText("订单库单点故障")).not.toBeInTheDocument();
    expect(
      screen.getByText("没有符合筛选条件的风险，可以放宽或清除筛选后再看。"),
    ).toBeInTheDocument();

    fireEvent.click(screen.getByRole("button", { name: "清除格子筛选" }));
    expect(screen.getByText("订单库单点故障")).toBeInTheDocument();
    expect(screen.getByText("配送商罢工")).toBeInTheDocument();
    expect(screen.queryByTestId("cell-filter")).not.toBeInTheDocument();
  });

  it("shows score, band, overdue mark, review date and owner of each risk", async () => {
    backend(["sales"]);
    renderPage(<RiskListPage />);
    const card = await screen.findByTestId("risk-card-1");
    expect(within(card).getByTestId("risk-score")).toHaveTextContent("20 分 · 极高");
    expect(within(card).getByTestId("risk-overdue")).toHaveTextContent("逾期未复核");
    expect(card).toHaveTextContent("复核日 2026-12-31");
    expect(card).toHaveTextContent("王 技术");
    const other = screen.getByTestId("risk-card-2");
    expect(within(other).getByTestId("risk-score")).toHaveTextContent("6 分 · 中");
    expect(within(other).queryByTestId("risk-overdue")).not.toBeInTheDocument();
    expect(other).toHaveTextContent("未指定负责人");
  });

  it("asks the server for overdue reviews only", async () => {
    const fetch = backend(["tech"]);
    renderPage(<RiskListPage />);
    await screen.findByText("配送商罢工");
    fireEvent.click(screen.getByRole("checkbox", { name: "只看逾期未复核" }));
    await waitFor(() => expect(screen.queryByText("配送商罢工")).not.toBeInTheDocument());
    expect(screen.getByText("订单库单点故障")).toBeInTheDocument();
    expect(screen.getByRole("checkbox", { name: "只看逾期未复核" })).toBeChecked();
    const lists = fetch.mock.calls
      .map(([url]) => String(url))
      .filter((u) => u.startsWith("/api/v1/risks?"));
    expect(lists.at(-1)).toBe("/api/v1/risks?overdue=true");
  });

  it("offers registering to editors and bands to admins only", async () => {
    backend(["sales"]);
    const { unmount } = renderPage(<RiskListPage />);
    await screen.findByText("订单库单点故障");
    expect(screen.queryByRole("button", { name: /登记风险/ })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /评分等级/ })).not.toBeInTheDocument();
    unmount();

    backend(["business"]);
    renderPage(<RiskListPage />);
    expect(await screen.findByRole("button", { name: /登记风险/ })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /评分等级/ })).not.toBeInTheDocument();
  });
});
