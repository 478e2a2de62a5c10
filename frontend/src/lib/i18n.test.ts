import { describe, expect, it } from "vitest";
import en from "@/locales/en";
import zhCN from "@/locales/zh-CN";
import i18n, { changeLanguage, storedLanguage } from "./i18n";

function keys(value: object, prefix = ""): string[] {
  return Object.entries(value).flatMap(([key, child]) =>
    typeof child === "object" ? keys(child, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe("i18n", () => {
  it("is Chinese by default", () => {
    window.localStorage.clear();
    expect(storedLanguage()).toBe("zh-CN");
    expect(i18n.t("nav.report")).toBe("上报故障");
  });

  it("switches to English and remembers the choice", async () => {
    await changeLanguage("en");
    expect(i18n.t("nav.report")).toBe("Report a fault");
    expect(storedLanguage()).toBe("en");
    expect(document.documentElement.lang).toBe("en");
    await changeLanguage("zh-CN");
  });

  it("has every key in both languages and no empty text", () => {
    expect(keys(en).sort()).toEqual(keys(zhCN).sort());
    for (const key of keys(zhCN)) {
      expect(i18n.t(key, { lng: "zh-CN" })).not.toBe("");
      expect(i18n.t(key, { lng: "en" })).not.toBe("");
    }
  });
});
