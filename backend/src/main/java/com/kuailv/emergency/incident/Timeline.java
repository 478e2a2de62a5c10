package com.kuailv.emergency.incident;

import com.kuailv.emergency.common.security.Actor;
import com.kuailv.emergency.incident.IncidentApi.TimelineText;
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

  /** An entry whose message is {@code text}, shown in each reader's language. */
  static TimelineEntry entry(
      long incidentId, TimelineKind kind, Actor actor, TimelineText text, Instant at) {
    TimelineEntry entry = entry(incidentId, kind, actor, text.render(false), at);
    entry.messageKey = text.key();
    entry.messageArgs = text.arguments().toArray(String[]::new);
    return entry;
  }
}
