package com.kuailv.emergency.common.web;

import com.kuailv.emergency.common.error.ProblemException;
import com.kuailv.emergency.common.error.ProblemType;
import com.kuailv.emergency.common.error.Reason;
import jakarta.ws.rs.core.EntityTag;

/** Reads the version a client last saw from {@code If-Match}; writes need it. */
public final class IfMatch {
  private IfMatch() {}

  public static long version(String header) {
    if (header == null || header.isBlank()) {
      throw ProblemException.of(
          ProblemType.PRECONDITION_REQUIRED, new Reason("reason.if-match-required"));
    }
    String value = header.strip();
    if (value.startsWith("W/")) {
      value = value.substring(2);
    }
    value = value.replace("\"", "");
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw ProblemException.invalid("If-Match", "etag");
    }
  }

  public static EntityTag etag(long version) {
    return new EntityTag(String.valueOf(version));
  }
}
