package com.kuailv.emergency.incident;

import com.kuailv.emergency.common.i18n.SystemActors;
import com.kuailv.emergency.incident.IncidentApi.ImpactScope;
import com.kuailv.emergency.incident.IncidentApi.IncidentView;
import com.kuailv.emergency.incident.IncidentApi.Person;
import com.kuailv.emergency.incident.IncidentApi.TimelineEntryView;
import com.kuailv.emergency.incident.IncidentApi.TimelineText;
import java.util.Arrays;
import java.util.List;

final class IncidentMapper {
  private IncidentMapper() {}

  static IncidentView toView(Incident incident) {
    return new IncidentView(
        incident.id,
        incident.version,
        incident.title,
        incident.phenomenon,
        incident.occurredAt,
        new ImpactScope(
            List.of(incident.affectedSystems),
            Arrays.stream(incident.businessLines).map(BusinessLine::valueOf).toList(),
            List.of(incident.regions)),
        incident.contact,
        incident.status,
        new Person(incident.reporterSubject, incident.reporterName),
        incident.reportedAt,
        incident.updatedAt,
        incident.category,
        incident.grade,
        incident.proposedGrade,
        incident.acknowledgedAt,
        incident.activatedAt,
        incident.mitigatedAt,
        incident.resolvedAt,
        incident.reviewedAt,
        incident.cancelledAt,
        incident.cancelReason,
        null);
  }

  static TimelineEntryView toView(TimelineEntry entry) {
    return toView(entry, false);
  }

  /** The entry as a reader of English or Chinese sees it: system texts and actors in words. */
  static TimelineEntryView toView(TimelineEntry entry, boolean english) {
    String message =
        entry.messageKey == null
            ? entry.message
            : new TimelineText(entry.messageKey, List.of(entry.messageArgs)).render(english);
    return new TimelineEntryView(
        entry.id,
        entry.kind,
        new Person(
            entry.actorSubject, SystemActors.name(entry.actorSubject, entry.actorName, english)),
        message,
        entry.occurredAt);
  }

  static String[] toArray(List<String> values) {
    return values == null
        ? new String[0]
        : values.stream().map(String::strip).distinct().toArray(String[]::new);
  }

  static String[] namesOf(List<BusinessLine> lines) {
    return lines == null
        ? new String[0]
        : lines.stream().distinct().map(Enum::name).toArray(String[]::new);
  }
}
