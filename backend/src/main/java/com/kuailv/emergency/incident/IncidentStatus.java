package com.kuailv.emergency.incident;

/** Where an incident is in its life (product.md, "Incident lifecycle"). */
public enum IncidentStatus {
  REPORTED,
  ASSESSING,
  RESPONDING,
  VERIFYING,
  RESOLVED,
  REVIEWED,
  CANCELLED;

  /**
   * Whether an incident in this status is still being handled (not resolved, reviewed, cancelled).
   */
  public boolean isActive() {
    return this == REPORTED || this == ASSESSING || this == RESPONDING || this == VERIFYING;
  }
}
