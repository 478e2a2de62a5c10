package com.kuailv.emergency.incident;

/** What a timeline entry records; each is also the name of a live event. */
public enum TimelineKind {
  REPORTED,
  ACKNOWLEDGED,
  ASSESSED,
  GRADED,
  ACTIVATED,
  REGRADED,
  MITIGATED,
  RESOLVED,
  REVIEWED,
  CANCELLED,
  NOTE,
  /** A structured internal update (state, impact, next steps, next update time). */
  STATUS_UPDATE,
  TASK_CREATED,
  TASK_STARTED,
  TASK_COMPLETED,
  VERIFICATION_SIGNED,
  POSTMORTEM_WRITTEN,
  ACTION_FILED,
  /** The system that sent an alert of the incident acknowledged it; the incident is unchanged. */
  ALERT_ACKNOWLEDGED,
  /** The system that sent an alert of the incident says it has recovered; people still verify. */
  ALERT_RESOLVED,
  /** An alert fired again after an earlier incident of its group ended. */
  ALERT_RETRIGGERED,
  /** An escalation step paged a person (or a group's chat). */
  PAGED,
  /** A paged person acknowledged the page; paging stopped. */
  PAGE_ACKNOWLEDGED,
  /** Every step and repeat of the escalation policy ran and nobody acknowledged. */
  ESCALATION_EXHAUSTED
}
