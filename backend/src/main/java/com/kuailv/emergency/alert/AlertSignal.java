package com.kuailv.emergency.alert;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Locale;

/**
 * One alert as any integration sends it, reduced to what the platform keeps. Texts are already cut
 * to their columns (in code points); {@code details} is JSON object text; {@code at} is the
 * sender's time of the action (first seen for a trigger, resolved for a resolve), null when the
 * sender gave none, so that the arrival time counts.
 */
record AlertSignal(
    String dedupKey,
    String groupKey,
    Action action,
    Severity severity,
    String summary,
    String source,
    String details,
    Instant at) {

  /** What the sender says happened. */
  enum Action {
    TRIGGER,
    ACKNOWLEDGE,
    RESOLVE
  }

  /** How bad the sender says it is. */
  enum Severity {
    CRITICAL,
    ERROR,
    WARNING,
    INFO;

    /** PagerDuty's four severities in any case; null for anything else. */
    static Severity parse(String value) {
      if (value == null) {
        return null;
      }
      return switch (value.strip().toLowerCase(Locale.ROOT)) {
        case "critical" -> CRITICAL;
        case "error" -> ERROR;
        case "warning" -> WARNING;
        case "info" -> INFO;
        default -> null;
      };
    }
  }

  /** Column sizes of {@code alert}, in characters (code points). */
  static final int SUMMARY_LIMIT = 1024;

  static final int DEDUP_LIMIT = 255;
  static final int GROUP_LIMIT = 500;
  static final int SOURCE_LIMIT = 255;

  /**
   * The sender's time where it is believable, else {@code arrived}: never after the arrival, nor
   * more than a year before it (a clock reset, a year typed wrong, Alertmanager's zero time).
   */
  static Instant believable(Instant sent, Instant arrived) {
    if (sent == null || sent.isAfter(arrived) || sent.isBefore(arrived.minus(OLDEST))) {
      return arrived;
    }
    return sent;
  }

  /** How far back a sender's time is believed. */
  static final java.time.Duration OLDEST = java.time.Duration.ofDays(365);

  /** The details as JSON text, absent and null values left out. */
  static String json(ObjectNode details) {
    details.properties().removeIf(field -> field.getValue() == null || field.getValue().isNull());
    return details.toString();
  }
}
