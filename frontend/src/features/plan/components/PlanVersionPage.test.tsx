import { meWith } from "@/testing/me";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { jsonResponse, renderPage } from "@/testing/render";
import { PlanVersionPage } from "./PlanVersionPage";

const summary = (over: Record<string, unknown> = {}) => ({
  id: 6,
  number: 4,
  version: 7,
  status: "IN_REVIEW",
  title: "快驴生鲜供应链应急预案",
  changeSummary: "补充冷链断电处置",
  reviewIntervalDays: 365,
  reviewDue: false,
  authorName: "李 指挥",
  updatedAt: "2026-11-27T02:00:00Z",
  ...over,
});
const sections = [
  { heading: "总则", body: "本预案适用于快驴生鲜供应链。" },
  { heading: "冷链断电", body: "启用备用发电机" },
];

type Answer = (init: RequestInit | undefined) => Response;

/** The backend for version 6; a successful POST moves it to the status it answered with. */
function backend(roles: string[], initial: string, post: Answer) {
  let status = initial;
  return vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => {
    const url = new URL(String(input), "http://localhost");
    const method = init?.method ?? "GET";
    if (url.pathname === "/api/v1/me") {
      return jsonResponse(meWith(roles));
    }
    if (method === "GET" && url.pathname === "/api/v1/plan/versions/6") {
      return jsonResponse({ summary: summary({ status }), sections });
    }
    if (method === "GET" && url.pathname === "/api/v1/plan/versions") {
      return jsonResponse([
        summary({ status }),
        summary({ id: 5, number: 3, status: "PUBLISHED", version: 4 }),
      ]);
    }
    if (method === "GET" && url.pathname === "/api/v1/plan/versions/6/diff") {
      return jsonResponse([
        { change: "SAME", text: "## 总则" },
        { change: "ADDED", text: "## 冷链断电" },
      ]);
    }
    if (method === "POST") {
      const answer = post(init);
      if (answer.ok)
        status = ((await answer.clone().json()) as { summary: { status: string } }).summary.status;
      return answer;
    }
    return jsonResponse({ status: 404 }, 404, "application/problem+json");
  });
}

const posts = (fetch: ReturnType<typeof backend>) =>
  fetch.mock.calls.filter(([, init]) => init?.method === "POST");

const open = () =>
  renderPage(<PlanVersionPage />, { path: "/plan/versions/:id", at: "/plan/versions/6" });

describe("a plan version", () => {
  it("shows the server's reason when the author tries to approve their own draft", async () => {
    const fetch = backend(["commander"], "IN_REVIEW", () =>
      jsonResponse(
        {
          type: "/problems/forbidden",
          title: "Not allowed",
          status: 403,
          detail: "You wrote this draft, so another commander must approve it.",
        },
        403,
        "application/problem+json",
      ),
    );
    open();
    fireEvent.click(await screen.findByRole("button", { name: /批\s?准/ }));
    const refused = await screen.findByTestId("action-refused");
    expect(refused).toHaveTextContent("服务器拒绝了这个操作");
    expect(refused).toHaveTextContent(
      "You wrote this draft, so another commander must approve it.",
    );
    const [url, init] = posts(fetch)[0];
    expect(String(url)).toBe("/api/v1/plan/versions/6/approve");
    expect((init?.headers as Record<string, string>)["If-Match"]).toBe('"7"');
    // Still in review: nothing changed on screen.
    expect(screen.getByTestId("plan-status")).toHaveTextContent("审批中");
  });

  it("publishes an approved version with If-Match set to its version, after confirming", async () => {
    const fetch = backend(["admin"], "APPROVED", () =>
      jsonResponse({ summary: summary({ status: "PUBLISHED", version: 8 }), sections }),
    );
    open();
    // An admin may publish but never approve.
    await screen.findByRole("button", { name: /发\s?布/ });
    expect(screen.queryByRole("button", { name: /批\s?准/ })).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: /发\s?布/ }));
    expect(posts(fetch)).toHaveLength(0);
    fireEvent.click(await screen.findByRole("button", { name: "确认发布" }));

    await waitFor(() => expect(posts(fetch)).toHaveLength(1));
    const [url, init] = posts(fetch)[0];
    expect(String(url)).toBe("/api/v1/plan/versions/6/publish");
    expect((init?.headers as Record<string, string>)["If-Match"]).toBe('"7"');
    expect(init?.body).toBeUndefined();
    await waitFor(() => expect(screen.getByTestId("plan-status")).toHaveTextContent("已发布"));
  });

  it("tells the user to reload when the version moved on", async () => {
    backend(["commander"], "IN_REVIEW", () =>
      jsonResponse(
        { type: "/problems/stale", title: "Precondition failed", status: 412 },
        412,
        "application/problem+json",
      ),
    );
    open();
    fireEvent.click(await screen.findByRole("button", { name: /批\s?准/ }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("这个版本已被他人更新");
    fireEvent.click(within(alert).getByRole("button", { name: /重新加载/ }));
    await waitFor(() => expect(screen.queryByRole("alert")).not.toBeInTheDocument());
  });

  it("compares with another version", async () => {
    const fetch = backend(["tech"], "IN_REVIEW", () => jsonResponse({}));
    renderPage(<PlanVersionPage />, {
      path: "/plan/versions/:id",
      at: "/plan/versions/6?compare=5",
    });
    const view = await screen.findByTestId("line-diff");
    expect(
      fetch.mock.calls.map(([url]) => String(url)).filter((url) => url.includes("/diff")),
    ).toEqual(["/api/v1/plan/versions/6/diff?from=5"]);
    const added = within(view)
      .getAllByRole("listitem")
      .filter((line) => line.dataset.change === "ADDED");
    expect(added).toHaveLength(1);
    expect(added[0]).toHaveTextContent("+新增：## 冷链断电");
    // Tech reads versions but has no actions.
    expect(screen.queryByTestId("plan-actions")).not.toBeInTheDocument();
    expect(screen.getByText("正在等待另一位指挥审批。")).toBeInTheDocument();
  });
});
