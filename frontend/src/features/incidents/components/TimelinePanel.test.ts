import { describe, expect, it } from "vitest";
import i18n from "@/lib/i18n";
import { translateTokens } from "./TimelinePanel";

describe("timeline messages", () => {
  it("translates grade, group and result codes and keeps the rest", () => {
    const t = (key: string) => i18n.t(key);
    expect(translateTokens("SERIOUS; TECHNICAL, BUSINESS, COMMAND", t)).toBe(
      "严重; 技术组, 业务组, 指挥中心",
    );
    expect(translateTokens("MAJOR → SERIOUS: 仓库已恢复", t)).toBe("重大 → 严重: 仓库已恢复");
    expect(translateTokens("订单可正常提交: PASSED", t)).toBe("订单可正常提交: 已通过");
    expect(translateTokens("OMS_TIMEOUT in ORDER", t)).toBe("OMS_TIMEOUT in ORDER");
  });
});
