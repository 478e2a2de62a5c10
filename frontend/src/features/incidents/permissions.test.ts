import { describe, expect, it } from "vitest";
import type { Incident } from "./api/get-incidents";
import { actsFor, allowedActions } from "./permissions";

const me = (...roles: string[]) => ({
  subject: "s",
  username: "u",
  displayName: "d",
  roles,
  groups: [],
});
const incident = (status: Incident["status"], extra: Partial<Incident> = {}) =>
  ({ id: 1, version: 0, status, ...extra }) as Incident;

describe("which actions the war room offers", () => {
  it("lets tech acknowledge and assess but never grade", () => {
    expect(allowedActions(incident("REPORTED"), me("tech"))).toEqual(["acknowledge"]);
    expect(allowedActions(incident("ASSESSING", { proposedGrade: "MAJOR" }), me("tech"))).toEqual([
      "assess",
    ]);
  });

  it("lets the commander grade, activate and cancel", () => {
    expect(
      allowedActions(
        incident("ASSESSING", { proposedGrade: "MAJOR", grade: "MAJOR" }),
        me("commander"),
      ),
    ).toEqual(["assess", "grade", "activate", "cancel"]);
    expect(allowedActions(incident("VERIFYING"), me("commander"))).toContain("resolve");
  });

  it("offers nothing to a driver or on a closed incident", () => {
    expect(allowedActions(incident("RESPONDING"), me("business", "logistics", "reporter"))).toEqual(
      ["assess"],
    );
    expect(allowedActions(incident("REVIEWED"), me("commander"))).toEqual([]);
  });

  it("maps groups to the role that acts for them", () => {
    expect(actsFor("LOGISTICS", me("logistics"))).toBe(true);
    expect(actsFor("SALES", me("warehouse"))).toBe(false);
  });
});
