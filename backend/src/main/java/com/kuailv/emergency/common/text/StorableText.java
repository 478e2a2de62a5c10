package com.kuailv.emergency.common.text;

/**
 * Text as PostgreSQL can store it. PostgreSQL refuses U+0000 in {@code text} and {@code jsonb} and
 * cannot encode a lone UTF-16 surrogate in UTF-8; {@code varchar(n)} counts code points, so every
 * cut here is made in code points and never splits a surrogate pair.
 */
public final class StorableText {
  /** What replaces a lone surrogate: U+FFFD, the Unicode replacement character. */
  static final char REPLACEMENT = '\uFFFD';

  private StorableText() {}

  /** Whether PostgreSQL can store the text as it is: no U+0000 and no lone surrogate. */
  public static boolean isStorable(String text) {
    if (text == null) {
      return true;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0) {
        return false;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return false;
        }
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The text with U+0000 removed and every lone surrogate replaced by U+FFFD; the same instance
   * when nothing needs changing; null stays null. For what machines send, which is stored, not
   * refused.
   */
  public static String clean(String text) {
    if (isStorable(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0) {
        continue;
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        out.append(REPLACEMENT);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * The first {@code limit} code points of the text (PostgreSQL's {@code varchar(limit)}), never
   * half a surrogate pair; the same instance when it already fits; null stays null.
   */
  public static String cut(String text, int limit) {
    if (text == null || text.length() <= limit) {
      return text;
    }
    if (text.codePointCount(0, text.length()) <= limit) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, limit));
  }

  /**
   * Like {@link #cut}, with "…" as the last code point when anything was cut, so a reader sees the
   * text goes on.
   */
  public static String shorten(String text, int limit) {
    String cut = cut(text, limit);
    if (cut == null || cut == text || limit < 1) {
      return cut;
    }
    return cut(text, limit - 1) + "…";
  }

  /**
   * The longest start of the text whose UTF-8 encoding takes at most {@code maxBytes} bytes, cut
   * between code points and ended with "…" when anything was cut (a chat service's byte limit).
   */
  public static String shortenToBytes(String text, int maxBytes) {
    if (text == null || text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= maxBytes) {
      return text;
    }
    int budget = maxBytes - 3; // "…" is three bytes in UTF-8
    int bytes = 0;
    int end = 0;
    while (end < text.length()) {
      int codePoint = text.codePointAt(end);
      int size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
      if (bytes + size > budget) {
        break;
      }
      bytes += size;
      end += Character.charCount(codePoint);
    }
    return text.substring(0, end) + "…";
  }
}
