package com.kuailv.emergency.incident;

import com.kuailv.emergency.common.security.Actor;
import java.time.Instant;

/** Builds timeline entries; they are only ever added. */
final class Timeline {
  private Timeline() {}

  static TimelineEntry entry(
      long incidentId, TimelineKind kind, Actor actor, String message, Instant at) {
    TimelineEntry entry = new TimelineEntry();
    entry.incidentId = incidentId;
    entry.kind = kind;
    entry.actorSubject = actor.subject();
    entry.actorName = actor.displayName();
    entry.message = message == null ? "" : message;
    entry.occurredAt = at;
    return entry;
  }
}
