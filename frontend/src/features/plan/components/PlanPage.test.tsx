import { meWith } from "@/testing/me";
import { fireEvent, screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { jsonResponse, renderPage } from "@/testing/render";
import { PlanPage } from "./PlanPage";

const summary = {
  id: 5,
  number: 3,
  version: 4,
  status: "PUBLISHED",
  title: "快驴生鲜供应链应急预案",
  changeSummary: "补充冷链断电处置",
  reviewIntervalDays: 365,
  reviewDue: false,
  authorName: "李 指挥",
  approvedByName: "周 指挥",
  updatedAt: "2026-11-01T02:00:00Z",
  publishedAt: "2026-11-02T02:00:00Z",
};
const sections = [
  { heading: "总则", body: "本预案适用于快驴生鲜供应链。\n分级响应。" },
  { heading: "组织机构", body: "应急指挥中心由……组成" },
  { heading: "响应流程", body: "上报、评估、响应、恢复、复盘" },
];

function backend(roles: string[], published: () => Response) {
  return vi.spyOn(globalThis, "fetch").mockImplementation(async (input) => {
    const url = String(input);
    if (url === "/api/v1/me") {
      return jsonResponse(meWith(roles));
    }
    if (url === "/api/v1/plan/published") return published();
    return jsonResponse({ status: 404 }, 404, "application/problem+json");
  });
}

describe("the published plan", () => {
  it("shows every section numbered under a table of contents that links to it", async () => {
    backend(["reporter"], () => jsonResponse({ summary, sections }));
    renderPage(<PlanPage />);
    expect(
      await screen.findByRole("heading", { name: "快驴生鲜供应链应急预案" }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/第 3 版 · 发布于 2026-11-02 10:00 · 批准人 周 指挥/),
    ).toBeInTheDocument();

    const toc = screen.getByRole("navigation", { name: "目录" });
    const links = within(toc).getAllByRole("link");
    expect(links.map((link) => link.textContent)).toEqual(["总则", "组织机构", "响应流程"]);
    const body = screen.getByTestId("plan-sections");
    for (const [index, link] of links.entries()) {
      const id = link.getAttribute("href")!.slice(1);
      const section = body.querySelector(`section#${id}`) as HTMLElement;
      expect(section).not.toBeNull();
      expect(within(section).getByRole("heading")).toHaveTextContent(
        `${index + 1}. ${sections[index].heading}`,
      );
      expect(section).toHaveTextContent(sections[index].body.replace("\n", " "));
    }
    // Following a link scrolls to its section.
    const target = body.querySelector("section#plan-section-2") as HTMLElement;
    target.scrollIntoView = vi.fn();
    fireEvent.click(links[1]);
    expect(target.scrollIntoView).toHaveBeenCalled();

    expect(screen.queryByTestId("review-due")).not.toBeInTheDocument();
    // A reporter reads the plan but not its versions.
    expect(screen.queryByRole("button", { name: /版本管理/ })).not.toBeInTheDocument();
  });

  it("says when the plan is due for review", async () => {
    backend(["commander"], () =>
      jsonResponse({ summary: { ...summary, reviewDue: true }, sections }),
    );
    renderPage(<PlanPage />);
    const notice = await screen.findByTestId("review-due");
    expect(notice).toHaveTextContent("预案已超过 365 天的复审周期，需要复审。");
    expect(notice).toHaveTextContent("请在“版本管理”中起草新版本");
    expect(screen.getByRole("button", { name: /版本管理/ })).toBeInTheDocument();
  });

  it("explains that no plan is published yet when the server answers 404", async () => {
    const fetch = backend(["warehouse"], () =>
      jsonResponse(
        { type: "/problems/not-found", title: "Not found", status: 404 },
        404,
        "application/problem+json",
      ),
    );
    renderPage(<PlanPage />);
    const message = await screen.findByTestId("no-plan");
    expect(message).toHaveTextContent("还没有发布应急预案");
    expect(message).toHaveTextContent("预案发布后会显示在这里");
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    // Not retried as if it were a failure.
    expect(fetch.mock.calls.filter(([url]) => url === "/api/v1/plan/published")).toHaveLength(1);
  });
});
