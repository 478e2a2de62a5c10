import { describe, expect, it } from "vitest";
import { parseConfig } from "./config";

describe("runtime config", () => {
  it("accepts a complete config", () => {
    const config = {
      oidcAuthority: "http://localhost:8180/realms/kuailv",
      oidcClientId: "kuailv-spa",
    };
    expect(parseConfig(config)).toEqual(config);
  });

  it("names the missing setting", () => {
    expect(() => parseConfig({ oidcAuthority: "x" })).toThrow('"oidcClientId"');
    expect(() => parseConfig(null)).toThrow("not a JSON object");
  });
});
