package com.kuailv.emergency.alert;

/** What an integration sends. */
public enum IntegrationType {
  ALERTMANAGER,
  GRAFANA,
  EVENTS,
  HEARTBEAT
}
