import { describe, expect, it } from "vitest";
import { meWith } from "@/testing/me";
import { canManagePlan, canReadPlan, canReadPlanVersions, canReviewPlan } from "./permissions";

const me = (...roles: string[]) => meWith(roles);

describe("who may do what with the plan", () => {
  it("lets everyone read the plan, the leads its versions, commanders review", () => {
    expect(canReadPlan(me("reporter"))).toBe(true);
    expect(canReadPlan(undefined)).toBe(false);
    expect(canReadPlanVersions(me("reporter"))).toBe(false);
    expect(canReadPlanVersions(me("comms"))).toBe(true);
    expect(canManagePlan(me("comms"))).toBe(false);
    expect(canManagePlan(me("admin"))).toBe(true);
    expect(canReviewPlan(me("admin"))).toBe(false);
    expect(canReviewPlan(me("commander"))).toBe(true);
  });
});
