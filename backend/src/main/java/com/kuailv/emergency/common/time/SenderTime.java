package com.kuailv.emergency.common.time;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times as other systems send them: ISO 8601 / RFC 3339 date-times with the offset as {@code Z},
 * {@code ±HH:MM}, {@code ±HHMM} or {@code ±HH}, a {@code T} or a space between date and time (in
 * either case), and any number of fractional digits (beyond nanoseconds they are dropped).
 * Alertmanager's zero time {@code 0001-01-01T00:00:00Z} means "no time given".
 */
public final class SenderTime {
  private static final DateTimeFormatter FORMAT =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .appendLiteral('T')
          .append(DateTimeFormatter.ISO_LOCAL_TIME)
          .optionalStart()
          .appendOffset("+HH:MM", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HHMM", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HH", "Z")
          .optionalEnd()
          .toFormatter();

  /** Fractional seconds beyond nanoseconds, which java.time cannot hold. */
  private static final Pattern LONG_FRACTION = Pattern.compile("(\\.\\d{9})\\d+");

  private SenderTime() {}

  /**
   * What a sender's time field means at intake, where an alert must never be lost over its time:
   * the instant of an ISO 8601 date-time (one without an offset is read as UTC), or of epoch
   * seconds or milliseconds given as digits; null (the arrival time counts) for anything else.
   */
  public static Instant lenient(String text) {
    String value = text == null ? "" : text.strip();
    if (EPOCH.matcher(value).matches()) {
      long number = Long.parseLong(value);
      return value.length() > 11 ? Instant.ofEpochMilli(number) : Instant.ofEpochSecond(number);
    }
    try {
      return parse(value);
    } catch (IllegalArgumentException withoutOffset) {
      try {
        return java.time.LocalDateTime.parse(value.replace(' ', 'T'))
            .toInstant(java.time.ZoneOffset.UTC);
      } catch (DateTimeParseException nothing) {
        return null;
      }
    }
  }

  private static final Pattern EPOCH = Pattern.compile("\\d{9,13}");

  /**
   * The instant the text names; null when it is absent, blank or Alertmanager's zero time. Throws
   * {@link IllegalArgumentException} for text that is no date-time with an offset.
   */
  public static Instant parse(String text) {
    String value = text == null ? "" : text.strip();
    if (value.isEmpty() || value.startsWith("0001-01-01")) {
      return null;
    }
    if (value.length() > 10 && value.charAt(10) == ' ') {
      value = value.substring(0, 10) + 'T' + value.substring(11);
    }
    Matcher fraction = LONG_FRACTION.matcher(value);
    if (fraction.find()) {
      value = fraction.replaceFirst("$1");
    }
    try {
      return OffsetDateTime.parse(value, FORMAT).toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not an ISO 8601 date-time with an offset: " + text, e);
    }
  }
}
