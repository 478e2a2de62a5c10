import { meWith } from "@/testing/me";
import { fireEvent, screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { jsonResponse, renderPage } from "@/testing/render";
import { OrgPage } from "./OrgPage";

const GROUPS = [
  {
    code: "TECHNICAL",
    nameZh: "技术应急小组",
    nameEn: "Technical team",
    duties: ["诊断与修复"],
    members: [{ subject: "sub-li", displayName: "李工", lead: true }],
  },
  {
    code: "WAREHOUSE",
    parentCode: "BUSINESS",
    nameZh: "仓储组",
    nameEn: "Warehouse",
    duties: ["纸质盘点与出入库"],
    members: [],
  },
];

function backend(roles: string[]) {
  return vi.spyOn(globalThis, "fetch").mockImplementation(async (input) => {
    const url = new URL(String(input), "http://localhost");
    switch (url.pathname) {
      case "/api/v1/me":
        return jsonResponse(meWith(roles));
      case "/api/v1/org/groups":
        return jsonResponse(GROUPS);
      case "/api/v1/org/roster/on-duty":
        return jsonResponse([
          {
            groupCode: "TECHNICAL",
            subject: "sub-li",
            displayName: "李工",
            source: "ROTATION",
            contact: { phone: "13800000000" },
          },
          { groupCode: "WAREHOUSE", source: "NONE" },
        ]);
      case "/api/v1/org/experts":
        return jsonResponse(
          url.searchParams.get("skill") === "冷链"
            ? [{ subject: "sub-wu", displayName: "吴工", skills: ["冷链温控"], note: "" }]
            : [],
        );
      default:
        return jsonResponse({ status: 404 }, 404, "application/problem+json");
    }
  });
}

describe("organization page", () => {
  it("shows who is on duty with a phone link, and groups without anyone on duty", async () => {
    backend(["tech"]);
    renderPage(<OrgPage />);
    const tech = await screen.findByTestId("on-duty-TECHNICAL");
    expect(tech).toHaveTextContent("李工");
    expect(tech).toHaveTextContent("轮值");
    expect(within(tech).getByRole("link", { name: "13800000000" })).toHaveAttribute(
      "href",
      "tel:13800000000",
    );
    expect(screen.getByTestId("on-duty-WAREHOUSE")).toHaveTextContent("无人值班");
    expect(screen.getByText("纸质盘点与出入库")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /排\s?班/ })).not.toBeInTheDocument();
  });

  it("searches experts by skill and offers shifts to commanders only", async () => {
    const fetch = backend(["commander"]);
    renderPage(<OrgPage />);
    fireEvent.change(await screen.findByPlaceholderText("按技能搜索，如 冷链"), {
      target: { value: "冷链" },
    });
    fireEvent.keyDown(screen.getByPlaceholderText("按技能搜索，如 冷链"), { key: "Enter" });
    expect(await screen.findByText("吴工")).toBeInTheDocument();
    expect(
      fetch.mock.calls.some(([input]) => String(input).includes("skill=%E5%86%B7%E9%93%BE")),
    ).toBe(true);
    expect(screen.getAllByRole("button", { name: /排\s?班/ }).length).toBe(2);
    expect(screen.queryByRole("button", { name: "添加成员" })).not.toBeInTheDocument();
  });

  it("hides the roster from people who only report", async () => {
    backend(["reporter"]);
    renderPage(<OrgPage />);
    expect(await screen.findByText("仓储组")).toBeInTheDocument();
    expect(screen.queryByTestId("on-duty-TECHNICAL")).not.toBeInTheDocument();
  });
});
