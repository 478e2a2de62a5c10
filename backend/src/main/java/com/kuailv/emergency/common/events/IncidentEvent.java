package com.kuailv.emergency.common.events;

/**
 * Something happened to an incident: a timeline entry of this kind was committed. The name on the
 * wire is {@code incident.<kind>} in lower case, e.g. {@code incident.graded}.
 */
public record IncidentEvent(long incidentId, long entryId, String kind) {
  public String name() {
    return "incident." + kind.toLowerCase();
  }
}
