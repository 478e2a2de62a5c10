import { fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { jsonResponse, renderPage } from "@/testing/render";
import { RulesEditor } from "./RulesEditor";

const rule = {
  name: "仅记录提示",
  matcher: { field: "SEVERITY", pattern: "^info$" },
  action: "RECORD",
};

describe("rules editor", () => {
  it("loads the rules, lets one be removed and saves the rest in order", async () => {
    const second = {
      ...rule,
      name: "配送告警",
      action: "OPEN_INCIDENT",
      category: "DELIVERY_DELAY",
    };
    const fetch = vi
      .spyOn(globalThis, "fetch")
      .mockImplementation(async (_url, init) =>
        init?.method === "PUT"
          ? jsonResponse(JSON.parse(String(init.body)))
          : jsonResponse([rule, second]),
      );
    renderPage(<RulesEditor integrationId={3} name="OMS" onClose={() => {}} />);
    expect(await screen.findByDisplayValue("仅记录提示")).toBeInTheDocument();
    fireEvent.click(screen.getAllByRole("button", { name: /删\s?除/ })[0]);
    fireEvent.click(screen.getByRole("button", { name: "保存规则" }));
    await waitFor(() =>
      expect(fetch.mock.calls.some(([, init]) => init?.method === "PUT")).toBe(true),
    );
    const put = fetch.mock.calls.find(([, init]) => init?.method === "PUT")!;
    expect(String(put[0])).toBe("/api/v1/integrations/3/rules");
    expect(JSON.parse(String(put[1]?.body))).toEqual([second]);
  });

  it("shows the server's complaint on the rule it is about", async () => {
    vi.spyOn(globalThis, "fetch").mockImplementation(async (_url, init) =>
      init?.method === "PUT"
        ? jsonResponse(
            {
              status: 400,
              title: "Invalid input",
              errors: [
                { field: "[0].matcher.pattern", message: "is not a valid regular expression" },
              ],
            },
            400,
            "application/problem+json",
          )
        : jsonResponse([rule]),
    );
    renderPage(<RulesEditor integrationId={3} name="OMS" onClose={() => {}} />);
    await screen.findByDisplayValue("仅记录提示");
    fireEvent.click(screen.getByRole("button", { name: "保存规则" }));
    expect(await screen.findByText("is not a valid regular expression")).toBeInTheDocument();
  });
});
