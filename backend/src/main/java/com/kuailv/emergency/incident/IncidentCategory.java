package com.kuailv.emergency.incident;

/** What kind of fault an incident is; task templates and runbooks are matched on it. */
public enum IncidentCategory {
  SYSTEM_CRASH,
  NETWORK_FAILURE,
  DATA_LOSS,
  ORDER_PROCESSING,
  INVENTORY_DISORDER,
  DELIVERY_DELAY,
  OTHER
}
