import { renderHook } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { jsonResponse } from "@/testing/render";
import { api } from "./api-client";
import { newIdempotencyKey, useIdempotencyKey } from "./idempotency";

describe("idempotency keys", () => {
  it("are random UUIDs v4", () => {
    const a = newIdempotencyKey();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newIdempotencyKey()).not.toBe(a);
  });

  it("stay the same for a form until something was created, then change", () => {
    const { result, rerender } = renderHook(() => useIdempotencyKey());
    const first = result.current.current();
    rerender();
    expect(result.current.current()).toBe(first);
    expect(result.current.current()).toBe(first);
    expect(result.current.renewed("created")).toBe("created");
    expect(result.current.current()).not.toBe(first);
  });

  it("travel as the Idempotency-Key header", async () => {
    const fetch = vi.spyOn(globalThis, "fetch").mockResolvedValue(jsonResponse({ id: 1 }));
    await api("/risks", { method: "POST", body: {}, idempotencyKey: "k-1" });
    const [, init] = fetch.mock.calls[0];
    expect((init?.headers as Record<string, string>)["Idempotency-Key"]).toBe("k-1");
  });
});
