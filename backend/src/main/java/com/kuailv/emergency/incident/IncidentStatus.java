package com.kuailv.emergency.incident;

/** Where an incident is in its life (product.md, "Incident lifecycle"). */
public enum IncidentStatus {
  REPORTED,
  ASSESSING,
  RESPONDING,
  VERIFYING,
  RESOLVED,
  REVIEWED,
  CANCELLED
}
