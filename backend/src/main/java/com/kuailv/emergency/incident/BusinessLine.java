package com.kuailv.emergency.incident;

/** The business lines of the supply chain an incident can hit. */
public enum BusinessLine {
  PROCUREMENT,
  WAREHOUSE,
  LOGISTICS,
  SALES
}
