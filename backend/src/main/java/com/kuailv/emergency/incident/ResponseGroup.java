package com.kuailv.emergency.incident;

import com.kuailv.emergency.common.security.Roles;

/** The plan's response groups and business sub-groups, each held by a realm role. */
public enum ResponseGroup {
  COMMAND(Roles.COMMANDER),
  TECHNICAL(Roles.TECH),
  BUSINESS(Roles.BUSINESS),
  PROCUREMENT(Roles.PROCUREMENT),
  WAREHOUSE(Roles.WAREHOUSE),
  LOGISTICS(Roles.LOGISTICS),
  SALES(Roles.SALES),
  COMMUNICATIONS(Roles.COMMS);

  private final String role;

  ResponseGroup(String role) {
    this.role = role;
  }

  public String role() {
    return role;
  }
}
