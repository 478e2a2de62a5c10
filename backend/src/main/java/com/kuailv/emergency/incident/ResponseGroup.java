package com.kuailv.emergency.incident;

import com.kuailv.emergency.common.security.Roles;

/**
 * The plan's response groups and business sub-groups (their organization codes), each held by the
 * realm role {@link Roles#roleOf} names.
 */
public enum ResponseGroup {
  COMMAND,
  TECHNICAL,
  BUSINESS,
  PROCUREMENT,
  WAREHOUSE,
  LOGISTICS,
  SALES,
  COMMUNICATIONS;

  public String role() {
    return Roles.roleOf(name());
  }
}
