package com.kuailv.emergency.incident;

import com.kuailv.emergency.common.error.ProblemException;
import com.kuailv.emergency.incident.IncidentApi.IncidentView;
import io.quarkus.panache.common.Sort;
import java.util.Arrays;
import java.util.Comparator;

/** The orders an incident list can be read in, as {@code field,direction}. */
enum IncidentSort {
  REPORTED_DESC("reportedAt,desc", Sort.descending("reportedAt", "id"), false),
  REPORTED_ASC("reportedAt,asc", Sort.ascending("reportedAt", "id"), true),
  OCCURRED_DESC("occurredAt,desc", Sort.descending("occurredAt", "id"), false),
  OCCURRED_ASC("occurredAt,asc", Sort.ascending("occurredAt", "id"), true);

  /** Newest report first, then the higher id. */
  static final Comparator<IncidentView> BY_REPORTED =
      Comparator.comparing(IncidentView::reportedAt).thenComparingLong(IncidentView::id).reversed();

  /** Latest occurrence first, then the higher id. */
  static final Comparator<IncidentView> BY_OCCURRED =
      Comparator.comparing(IncidentView::occurredAt).thenComparingLong(IncidentView::id).reversed();

  final String param;
  final Sort sort;

  /** Whether the list is read from the end of its descending order. */
  final boolean ascending;

  IncidentSort(String param, Sort sort, boolean ascending) {
    this.param = param;
    this.sort = sort;
    this.ascending = ascending;
  }

  /** Whether this order reads the report-time order (else the occurrence-time order). */
  boolean byReportTime() {
    return this == REPORTED_DESC || this == REPORTED_ASC;
  }

  static IncidentSort parse(String param) {
    if (param == null || param.isBlank()) {
      return REPORTED_DESC;
    }
    return Arrays.stream(values())
        .filter(s -> s.param.equals(param))
        .findFirst()
        .orElseThrow(
            () ->
                ProblemException.invalid(
                    "sort", "one-of", Arrays.stream(values()).map(s -> s.param).toList()));
  }
}
