import { fireEvent, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { jsonResponse, renderPage } from "@/testing/render";
import { BandsEditor } from "./BandsEditor";

const BANDS = [
  { code: "LOW", minScore: 1, maxScore: 4 },
  { code: "MEDIUM", minScore: 5, maxScore: 9 },
  { code: "HIGH", minScore: 10, maxScore: 14 },
  { code: "CRITICAL", minScore: 15, maxScore: 25 },
];

describe("score bands", () => {
  it("sends every band and shows why the server refused them", async () => {
    const fetch = vi.spyOn(globalThis, "fetch").mockImplementation(async (_input, init) =>
      init?.method === "PUT"
        ? jsonResponse(
            {
              status: 400,
              title: "Invalid input",
              errors: [
                {
                  field: "bands",
                  message: "must cover scores 1 to 25 in order, without gaps or overlaps",
                },
              ],
            },
            400,
            "application/problem+json",
          )
        : jsonResponse(BANDS),
    );
    renderPage(<BandsEditor onClose={() => {}} />);
    const lowMax = await screen.findByLabelText("第 1 级最高分");
    expect(lowMax).toHaveValue("4");
    fireEvent.change(lowMax, { target: { value: "3" } });
    fireEvent.click(screen.getByRole("button", { name: /保存等级/ }));

    expect(
      await screen.findByText("must cover scores 1 to 25 in order, without gaps or overlaps"),
    ).toBeInTheDocument();
    const put = fetch.mock.calls.find(([, init]) => init?.method === "PUT")!;
    expect(String(put[0])).toBe("/api/v1/risks/bands");
    expect(JSON.parse(String(put[1]?.body))).toEqual({
      bands: [{ code: "LOW", minScore: 1, maxScore: 3 }, ...BANDS.slice(1)],
    });
    // The editor stays open so the admin can fix the bands.
    expect(screen.getByRole("dialog")).toBeInTheDocument();
  });
});
