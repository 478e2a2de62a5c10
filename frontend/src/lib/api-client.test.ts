import { describe, expect, it, vi } from "vitest";
import { jsonResponse } from "@/testing/render";
import { ApiError, api, setAccessTokenSource } from "./api-client";
import i18n from "./i18n";

async function failure(call: Promise<unknown>): Promise<ApiError> {
  return call.then(
    () => {
      throw new Error("expected the call to fail");
    },
    (error: ApiError) => error,
  );
}

describe("api client", () => {
  it("sends the access token and builds repeated query parameters", async () => {
    const fetch = vi.spyOn(globalThis, "fetch").mockResolvedValue(jsonResponse({ items: [] }));
    setAccessTokenSource(() => "token-123");
    await api("/incidents", {
      query: { status: ["REPORTED", "ASSESSING"], page: 0, x: undefined },
    });
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe("/api/v1/incidents?status=REPORTED&status=ASSESSING&page=0");
    expect((init?.headers as Record<string, string>).Authorization).toBe("Bearer token-123");
    expect((init?.headers as Record<string, string>)["Accept-Language"]).toMatch(/^zh-CN/);
  });

  it("asks for server texts in the language the UI shows", async () => {
    const fetch = vi.spyOn(globalThis, "fetch").mockResolvedValue(jsonResponse({}));
    await i18n.changeLanguage("en");
    try {
      await api("/me");
    } finally {
      await i18n.changeLanguage("zh-CN");
    }
    const [, init] = fetch.mock.calls[0];
    expect((init?.headers as Record<string, string>)["Accept-Language"]).toMatch(/^en,/);
  });

  it("turns a validation problem into a plain message with the field errors", async () => {
    vi.spyOn(globalThis, "fetch").mockResolvedValue(
      jsonResponse(
        {
          type: "/problems/validation",
          title: "Invalid input",
          status: 400,
          detail: "Check these fields and send again: title.",
          errors: [{ field: "title", message: "must not be blank" }],
        },
        400,
        "application/problem+json",
      ),
    );
    const error = await failure(api("/incidents", { method: "POST", body: {} }));
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(400);
    expect(error.message).toBe("提交的内容有误，请检查标出的字段后再提交。");
    expect(error.fieldErrors).toEqual([{ field: "title", message: "must not be blank" }]);
  });

  it("says what to do when the role is not allowed", async () => {
    vi.spyOn(globalThis, "fetch").mockResolvedValue(
      jsonResponse({ title: "Not allowed", status: 403 }, 403, "application/problem+json"),
    );
    await expect(api("/incidents")).rejects.toThrow("你的角色无权执行此操作");
  });

  it("keeps the error id of a server error", async () => {
    vi.spyOn(globalThis, "fetch").mockResolvedValue(
      jsonResponse({ status: 500, detail: "error id abc-1" }, 500, "application/problem+json"),
    );
    await expect(api("/incidents")).rejects.toThrow("error id abc-1");
  });

  it("reports an unreachable server as a network problem", async () => {
    vi.spyOn(globalThis, "fetch").mockRejectedValue(new TypeError("Failed to fetch"));
    const error = await failure(api("/incidents"));
    expect(error.status).toBe(0);
    expect(error.message).toBe("无法连接服务器，请检查网络后重试。");
  });
});
