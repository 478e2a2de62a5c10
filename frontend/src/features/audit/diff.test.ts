import { describe, expect, it } from "vitest";
import { diff, humanize } from "./diff";

describe("audit diff", () => {
  it("lists only the changed fields with old and new values", () => {
    expect(
      diff(
        { title: "A", score: 12, mitigations: ["x"], nested: { a: 1 } },
        { title: "B", score: 12, mitigations: ["x", "y"], nested: { a: 1 } },
      ),
    ).toEqual([
      { key: "title", before: "A", after: "B" },
      { key: "mitigations", before: ["x"], after: ["x", "y"] },
    ]);
  });

  it("shows every field of a created record as new and of a removed one as gone", () => {
    expect(diff(null, { kind: "INCIDENT", targetId: 42 })).toEqual([
      { key: "kind", before: undefined, after: "INCIDENT" },
      { key: "targetId", before: undefined, after: 42 },
    ]);
    expect(diff({ kind: "DRILL" }, null)).toEqual([
      { key: "kind", before: "DRILL", after: undefined },
    ]);
  });

  it("compares lists and single values as a whole", () => {
    const before = [{ code: "LOW", minScore: 1, maxScore: 4 }];
    expect(diff(before, [{ code: "LOW", minScore: 1, maxScore: 5 }])).toHaveLength(1);
    expect(diff(before, [{ maxScore: 4, minScore: 1, code: "LOW" }])).toEqual([]);
  });

  it("leaves out a person's account id where the record names them", () => {
    expect(
      diff(
        { ownerSubject: "a1", ownerName: "王工", personSubject: "p1" },
        { ownerSubject: "b2", ownerName: "李工", personSubject: "p2" },
      ),
    ).toEqual([
      { key: "ownerName", before: "王工", after: "李工" },
      { key: "personSubject", before: "p1", after: "p2" },
    ]);
  });

  it("spells out a field name no label covers", () => {
    expect(humanize("lastRestoreOn")).toBe("last restore on");
    expect(humanize("routing_key")).toBe("routing key");
  });
});
