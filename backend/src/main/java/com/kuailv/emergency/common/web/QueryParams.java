package com.kuailv.emergency.common.web;

import com.kuailv.emergency.common.error.ProblemException;
import com.kuailv.emergency.common.time.SenderTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Query parameters read by hand, so a bad value is a 400 naming it rather than a 404. */
public final class QueryParams {
  private QueryParams() {}

  /** Repeated and/or comma-separated enum names. */
  public static <E extends Enum<E>> Set<E> enums(String name, List<String> values, Class<E> type) {
    Set<E> parsed = EnumSet.noneOf(type);
    if (values == null) {
      return parsed;
    }
    for (String value : values) {
      for (String part : value.split(",")) {
        if (part.isBlank()) {
          continue;
        }
        try {
          parsed.add(Enum.valueOf(type, part.strip()));
        } catch (IllegalArgumentException e) {
          throw ProblemException.invalid(name, "one-of", Arrays.toString(type.getEnumConstants()));
        }
      }
    }
    return parsed;
  }

  /**
   * The time a query parameter names, as {@link SenderTime} reads it (offsets with or without a
   * colon); a "+" left unencoded in the URL arrives as a space and is read as "+". Null when
   * absent; 400 naming the parameter when it is no time.
   */
  public static Instant instant(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String time = UNENCODED_PLUS.matcher(value.strip()).replaceFirst("$1+$2");
    try {
      return SenderTime.parse(time);
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalid(name, "time-format");
    }
  }

  private static final java.util.regex.Pattern UNENCODED_PLUS =
      java.util.regex.Pattern.compile(
          "(T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?) (\\d{2}(?::?\\d{2})?)$");
}
