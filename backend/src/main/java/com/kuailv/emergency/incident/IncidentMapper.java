package com.kuailv.emergency.incident;

import com.kuailv.emergency.incident.IncidentApi.ImpactScope;
import com.kuailv.emergency.incident.IncidentApi.IncidentView;
import com.kuailv.emergency.incident.IncidentApi.Person;
import com.kuailv.emergency.incident.IncidentApi.TimelineEntryView;
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
    return new TimelineEntryView(
        entry.id,
        entry.kind,
        new Person(entry.actorSubject, entry.actorName),
        entry.message,
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
