import { describe, expect, it } from "vitest";
import { meWith } from "@/testing/me";
import type { Incident } from "./api/get-incidents";
import { actsFor, offeredActions } from "./permissions";

const incident = (status: Incident["status"], extra: Partial<Incident> = {}) =>
  ({ id: 1, version: 0, status, ...extra }) as Incident;

describe("which actions the war room offers", () => {
  const action = (name: string, allowed: boolean, refusal?: string, reason?: string) =>
    ({ action: name, allowed, refusal, reason }) as never;

  it("offers what the server allows, and what only a precondition blocks, with its reason", () => {
    const offered = offeredActions(
      incident("VERIFYING", {
        allowedActions: [
          action("acknowledge", false, "STATE", "故障处于「恢复验证」"),
          action("regrade", true),
          action("resolve", false, "PRECONDITION", "还有 2 项验证未通过：订单、库存"),
          action("review", false, "STATE"),
          action("mitigate", false, "ROLE", "只有指挥长可以这样做"),
        ],
      }),
    );
    expect(offered.map((a) => a.action)).toEqual(["regrade", "resolve"]);
    expect(offered[1].reason).toContain("2 项验证未通过");
  });

  it("offers nothing without the server's list (a list page's incident)", () => {
    expect(offeredActions(incident("REPORTED"))).toEqual([]);
  });
});

describe("groups", () => {
  it("acts for the groups the server says the caller belongs to", () => {
    expect(actsFor("LOGISTICS", meWith(["logistics"], ["LOGISTICS"]))).toBe(true);
    expect(actsFor("SALES", meWith(["warehouse"], ["WAREHOUSE"]))).toBe(false);
  });
});
