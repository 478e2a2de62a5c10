import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { jsonResponse, renderPage } from "@/testing/render";
import { RiskFormDrawer, toRiskInput } from "./RiskFormDrawer";
import { dayjs } from "@/lib/time";

const BANDS = [
  { code: "LOW", minScore: 1, maxScore: 4 },
  { code: "MEDIUM", minScore: 5, maxScore: 9 },
  { code: "HIGH", minScore: 10, maxScore: 14 },
  { code: "CRITICAL", minScore: 15, maxScore: 25 },
];

async function pick(label: string, option: string) {
  fireEvent.mouseDown(screen.getByRole("combobox", { name: label }));
  const choices = await screen.findAllByTitle(option);
  fireEvent.click(choices.at(-1)!);
}

describe("risk form", () => {
  it("offers the sub-types of the chosen category and registers a custom one", async () => {
    const fetch = vi
      .spyOn(globalThis, "fetch")
      .mockImplementation(async (input, init) =>
        init?.method === "POST"
          ? jsonResponse({ id: 9, ...JSON.parse(String(init.body)) }, 201)
          : String(input) === "/api/v1/risks/bands"
            ? jsonResponse(BANDS)
            : jsonResponse({ status: 404 }, 404, "application/problem+json"),
      );
    const onSaved = vi.fn();
    renderPage(<RiskFormDrawer onClose={() => {}} onSaved={onSaved} />);
    const drawer = await screen.findByRole("dialog");
    fireEvent.change(within(drawer).getByLabelText("风险名称"), {
      target: { value: "  核心供应商停产 " },
    });
    // No sub-type can be chosen before the category.
    expect(screen.getByRole("combobox", { name: "子类型" })).toBeDisabled();
    await pick("类别", "业务风险");
    await waitFor(() => expect(screen.getByRole("combobox", { name: "子类型" })).toBeEnabled());
    fireEvent.mouseDown(screen.getByRole("combobox", { name: "子类型" }));
    expect(await screen.findByTitle("订单处理中断")).toBeInTheDocument();
    expect(screen.getByTitle("配送延误")).toBeInTheDocument();
    expect(screen.queryByTitle("系统崩溃")).not.toBeInTheDocument();
    expect(screen.queryByTitle("自然灾害")).not.toBeInTheDocument();
    expect(within(drawer).queryByLabelText("自定义子类型名称")).not.toBeInTheDocument();
    fireEvent.click(screen.getByTitle("自定义"));
    fireEvent.change(await within(drawer).findByLabelText("自定义子类型名称"), {
      target: { value: "供应商停产" },
    });
    await pick("可能性", "2 · 不太可能");
    await pick("影响", "4 · 重大");
    expect(await screen.findByTestId("score-preview")).toHaveTextContent("评分 8（中）");
    fireEvent.click(within(drawer).getByRole("button", { name: /添加缓解措施/ }));
    fireEvent.change(within(drawer).getByLabelText("缓解措施 1"), {
      target: { value: "备选供应商名单" },
    });
    fireEvent.click(within(drawer).getByRole("button", { name: /添加缓解措施/ }));
    fireEvent.click(within(drawer).getByRole("button", { name: /^登\s?记$/ }));

    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    const post = fetch.mock.calls.find(([, init]) => init?.method === "POST")!;
    expect(String(post[0])).toBe("/api/v1/risks");
    expect(JSON.parse(String(post[1]?.body))).toMatchObject({
      title: "核心供应商停产",
      category: "BUSINESS",
      subType: "CUSTOM",
      customSubType: "供应商停产",
      likelihood: 2,
      impact: 4,
      // The second, empty mitigation is dropped.
      mitigations: ["备选供应商名单"],
      status: "OPEN",
      nextReviewOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    expect((post[1]?.headers as Record<string, string>)["If-Match"]).toBeUndefined();
  });

  it("sends a custom name only with the CUSTOM sub-type", () => {
    const input = toRiskInput({
      title: " 断网 ",
      category: "TECHNICAL",
      subType: "NETWORK_FAILURE",
      customSubType: "leftover",
      likelihood: 3,
      impact: 3,
      status: "MITIGATING",
      mitigations: [" 双线路 ", "  ", undefined],
      nextReviewOn: dayjs("2027-01-15"),
    });
    expect(input).toMatchObject({
      title: "断网",
      customSubType: undefined,
      mitigations: ["双线路"],
      nextReviewOn: "2027-01-15",
    });
  });
});
