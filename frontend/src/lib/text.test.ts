import { describe, expect, it } from "vitest";
import { cutGraphemes } from "./text";

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe("cutGraphemes", () => {
  const wide = ["😀", "𠀀", "👩‍🚒", "🇨🇳"];

  it("never cuts a character in half, whichever cut point", () => {
    for (const char of wide) {
      for (let before = 0; before < 5; before++) {
        const text = "冷".repeat(before) + char + "库".repeat(4);
        const total = [...new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(text)]
          .length;
        for (let max = 0; max <= total + 1; max++) {
          const cut = cutGraphemes(text, max);
          const kept = cut.endsWith("…") && cut !== text ? cut.slice(0, -1) : cut;
          expect(text.startsWith(kept)).toBe(true);
          expect(LONE_SURROGATE.test(kept)).toBe(false);
          if (max === before) expect(kept).toBe("冷".repeat(before));
          if (max === before + 1) expect(kept).toBe("冷".repeat(before) + char);
        }
      }
    }
  });

  it("leaves text that fits alone", () => {
    expect(cutGraphemes("冷库温度", 4)).toBe("冷库温度");
    expect(cutGraphemes("👩‍🚒👩‍🚒", 2)).toBe("👩‍🚒👩‍🚒");
    expect(cutGraphemes("👩‍🚒👩‍🚒x", 2)).toBe("👩‍🚒👩‍🚒…");
  });
});
