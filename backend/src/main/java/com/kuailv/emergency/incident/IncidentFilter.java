package com.kuailv.emergency.incident;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What an incident list is narrowed to; empty sets and nulls mean "any". */
public record IncidentFilter(
    Set<IncidentStatus> statuses,
    Set<Grade> grades,
    Set<IncidentCategory> categories,
    Instant reportedFrom,
    Instant reportedTo,
    String reporterSubject) {

  /** Whether {@code incident} is in the list; the same rule as {@link #toQuery()}. */
  boolean matches(IncidentApi.IncidentView incident) {
    return (statuses.isEmpty() || statuses.contains(incident.status()))
        && (grades.isEmpty() || grades.contains(incident.grade()))
        && (categories.isEmpty() || categories.contains(incident.category()))
        && (reportedFrom == null || !incident.reportedAt().isBefore(reportedFrom))
        && (reportedTo == null || incident.reportedAt().isBefore(reportedTo))
        && (reporterSubject == null || reporterSubject.equals(incident.reporter().subject()));
  }

  /** The HQL condition and its named parameters. */
  record Query(String where, Map<String, Object> parameters) {}

  Query toQuery() {
    List<String> conditions = new ArrayList<>();
    Map<String, Object> parameters = new HashMap<>();
    if (!statuses.isEmpty()) {
      conditions.add("status in :statuses");
      parameters.put("statuses", statuses);
    }
    if (!grades.isEmpty()) {
      conditions.add("grade in :grades");
      parameters.put("grades", grades);
    }
    if (!categories.isEmpty()) {
      conditions.add("category in :categories");
      parameters.put("categories", categories);
    }
    if (reportedFrom != null) {
      conditions.add("reportedAt >= :from");
      parameters.put("from", reportedFrom);
    }
    if (reportedTo != null) {
      conditions.add("reportedAt < :to");
      parameters.put("to", reportedTo);
    }
    if (reporterSubject != null) {
      conditions.add("reporterSubject = :reporter");
      parameters.put("reporter", reporterSubject);
    }
    return new Query(conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions), parameters);
  }
}
