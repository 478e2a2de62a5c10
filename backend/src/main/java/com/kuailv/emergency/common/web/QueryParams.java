package com.kuailv.emergency.common.web;

import com.kuailv.emergency.common.error.ProblemException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
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
          throw ProblemException.invalidField(
              name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
      }
    }
    return parsed;
  }

  public static Instant instant(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value.strip()).toInstant();
    } catch (DateTimeParseException e) {
      throw ProblemException.invalidField(name, "must be an ISO-8601 time with offset");
    }
  }
}
