import { describe, expect, it } from "vitest";
import { parseEvents, type LiveEvent } from "./event-stream";

describe("server-sent event parsing", () => {
  it("emits complete incident events and keeps the unfinished rest", () => {
    const seen: LiveEvent[] = [];
    const rest = parseEvents(
      'event:ready\ndata:{}\n\n: keep-alive\n\nevent:incident.graded\nid:7\ndata:{"incidentId":3,"entryId":7,"kind":"GRADED"}\n\nevent:incident.no',
      (event) => seen.push(event),
    );
    expect(seen).toEqual([
      { name: "incident.graded", data: { incidentId: 3, entryId: 7, kind: "GRADED" } },
    ]);
    expect(rest).toBe("event:incident.no");
  });
});
