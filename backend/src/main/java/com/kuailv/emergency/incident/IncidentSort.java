package com.kuailv.emergency.incident;

import com.kuailv.emergency.common.error.ProblemException;
import io.quarkus.panache.common.Sort;
import java.util.Arrays;

/** The orders an incident list can be read in, as {@code field,direction}. */
enum IncidentSort {
  REPORTED_DESC("reportedAt,desc", Sort.descending("reportedAt", "id")),
  REPORTED_ASC("reportedAt,asc", Sort.ascending("reportedAt", "id")),
  OCCURRED_DESC("occurredAt,desc", Sort.descending("occurredAt", "id")),
  OCCURRED_ASC("occurredAt,asc", Sort.ascending("occurredAt", "id"));

  final String param;
  final Sort sort;

  IncidentSort(String param, Sort sort) {
    this.param = param;
    this.sort = sort;
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
