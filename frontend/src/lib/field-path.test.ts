import { describe, expect, it } from "vitest";
import { ApiError, plainMessage } from "./api-client";
import { formPathOf, isStale, splitFieldErrors } from "./field-path";

describe("server field paths", () => {
  it("finds the form field of a server field path, indexes and nesting included", () => {
    const fields = ["title", "steps", "tags"];
    expect(formPathOf("title", fields)).toEqual(["title"]);
    expect(formPathOf("tags[0]", fields)).toEqual(["tags", 0]);
    expect(formPathOf("steps[2].title", fields)).toEqual(["steps", 2, "title"]);
    expect(formPathOf("version", fields)).toBeUndefined();
    expect(formPathOf("steps[x]", fields)).toBeUndefined();
  });

  it("splits a validation problem into placed and unplaced errors", () => {
    const error = new ApiError(400, plainMessage(400), {
      type: "/problems/validation",
      title: "Invalid input",
      status: 400,
      errors: [
        { field: "steps[1].title", message: "must not be blank" },
        { field: "body", message: "is required" },
      ],
    });
    expect(splitFieldErrors(error, ["steps"])).toEqual({
      placed: [{ name: ["steps", 1, "title"], errors: ["must not be blank"] }],
      unplaced: [{ field: "body", message: "is required" }],
    });
    expect(splitFieldErrors(new Error("x"), ["steps"]).placed).toEqual([]);
    expect(isStale(new ApiError(412, "stale"))).toBe(true);
    expect(isStale(error)).toBe(false);
  });
});
