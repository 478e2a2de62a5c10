package com.kuailv.emergency.incident;

/** What a timeline entry records. */
public enum TimelineKind {
  REPORTED,
  NOTE
}
