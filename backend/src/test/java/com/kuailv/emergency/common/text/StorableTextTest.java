package com.kuailv.emergency.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StorableTextTest {
  /** An emoji and a CJK Extension B character: each two UTF-16 units, one code point. */
  static final List<String> WIDE = List.of("😀", "𠀀", "👩‍🚒");

  @Test
  void everyCutFallsOnACodePointBoundary() {
    for (String wide : WIDE) {
      for (int before = 0; before < 6; before++) {
        String text = "冷".repeat(before) + wide + "库".repeat(5);
        int points = text.codePointCount(0, text.length());
        for (int limit = 0; limit <= points + 1; limit++) {
          String cut = StorableText.cut(text, limit);
          assertEquals(Math.min(limit, points), cut.codePointCount(0, cut.length()), text);
          assertTrue(StorableText.isStorable(cut), "no half surrogate at " + limit + ": " + cut);
          assertTrue(text.startsWith(cut));
        }
      }
    }
  }

  @Test
  void aCutAtTheColumnSizeKeepsTheEmojiLyingAcrossIt() {
    String summary = "冷".repeat(1023) + "😀" + "库存";
    String stored = StorableText.cut(summary, 1024);
    assertEquals("冷".repeat(1023) + "😀", stored);
    String title = StorableText.shorten("冷".repeat(198) + "𠀀" + "库存", 200);
    assertEquals("冷".repeat(198) + "𠀀" + "…", title);
    assertEquals(200, title.codePointCount(0, title.length()));
    String fits = "冷".repeat(199) + "𠀀";
    assertSame(fits, StorableText.shorten(fits, 200), "text that fits is not touched");
  }

  @Test
  void cleaningRemovesNulAndReplacesLoneSurrogates() {
    assertEquals("read  from port", StorableText.clean("read \u0000\u0000 from port"));
    assertEquals("a\uFFFDb", StorableText.clean("a\uD83Db"));
    assertEquals("a\uFFFDb", StorableText.clean("a\uDE00b"));
    assertEquals("\uFFFD", StorableText.clean("\uD83D"));
    assertEquals("😀ok", StorableText.clean("😀ok"));
    assertFalse(StorableText.isStorable("x\u0000"));
    assertFalse(StorableText.isStorable("x\uD83D"));
    assertTrue(StorableText.isStorable("x😀𠀀"));
    String clean = "冷库温度";
    assertSame(clean, StorableText.clean(clean));
  }
}
