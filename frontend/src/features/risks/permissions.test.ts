import { describe, expect, it } from "vitest";
import { meWith } from "@/testing/me";
import { canEditBands, canEditRisks, canReadRisks, canSeeAudit } from "./permissions";

const me = (...roles: string[]) => meWith(roles);

describe("who may do what with risks", () => {
  it("lets every response team read, the leads edit and only admins change bands", () => {
    expect(canReadRisks(me("warehouse"))).toBe(true);
    expect(canEditRisks(me("warehouse"))).toBe(false);
    expect(canEditRisks(me("business"))).toBe(true);
    expect(canEditBands(me("commander"))).toBe(false);
    expect(canEditBands(me("admin"))).toBe(true);
    expect(canSeeAudit(me("tech"))).toBe(false);
    expect(canSeeAudit(me("commander"))).toBe(true);
    expect(canReadRisks(undefined)).toBe(false);
    expect(canReadRisks(me("reporter"))).toBe(false);
  });
});
