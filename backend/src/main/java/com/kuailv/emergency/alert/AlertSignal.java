package com.kuailv.emergency.alert;

import java.time.Instant;

/** One alert as any integration sends it, reduced to what the platform keeps. */
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
    INFO
  }

  static final int SUMMARY_LIMIT = 1024;
  static final int DEDUP_LIMIT = 255;
}
