package com.kuailv.emergency.common.events;

/**
 * Something happened to an incident: a timeline entry of this kind was committed. The name on the
 * wire is {@code incident.<kind>} in lower case, e.g. {@code incident.graded}.
 */
public record IncidentEvent(long incidentId, long entryId, String kind) {
  /** Events may have been missed (the listener reconnected): whatever is shown must be re-read. */
  public static final IncidentEvent RESYNC = new IncidentEvent(0, 0, "RESYNC");

  public boolean concerns(long incident) {
    return incidentId == incident || this == RESYNC;
  }

  public String name() {
    return "incident." + kind.toLowerCase();
  }
}
