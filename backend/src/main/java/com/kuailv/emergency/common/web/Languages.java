package com.kuailv.emergency.common.web;

import java.util.List;
import java.util.Locale;

/** The caller's language from {@code Accept-Language}: Chinese first, English second. */
public final class Languages {
  private Languages() {}

  /**
   * Whether the caller prefers English over Chinese: true when the highest-weighted of the ranges
   * naming {@code en…} or {@code zh…} (RFC 4647 priority list, q-values honoured) is English.
   * Absent, malformed, or naming neither: false (Chinese).
   */
  public static boolean prefersEnglish(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return false;
    }
    List<Locale.LanguageRange> ranges;
    try {
      ranges = Locale.LanguageRange.parse(acceptLanguage);
    } catch (IllegalArgumentException malformed) {
      return false;
    }
    for (Locale.LanguageRange range : ranges) {
      String tag = range.getRange().toLowerCase(Locale.ROOT);
      if (range.getWeight() > 0 && (tag.equals("zh") || tag.startsWith("zh-"))) {
        return false;
      }
      if (range.getWeight() > 0 && (tag.equals("en") || tag.startsWith("en-"))) {
        return true;
      }
    }
    return false;
  }
}
