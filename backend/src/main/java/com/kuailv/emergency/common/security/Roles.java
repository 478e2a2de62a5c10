package com.kuailv.emergency.common.security;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Realm roles of the {@code kuailv} Keycloak realm (product.md, "Who uses it"). */
public final class Roles {
  public static final String COMMANDER = "commander";
  public static final String TECH = "tech";
  public static final String BUSINESS = "business";
  public static final String PROCUREMENT = "procurement";
  public static final String WAREHOUSE = "warehouse";
  public static final String LOGISTICS = "logistics";
  public static final String SALES = "sales";
  public static final String COMMS = "comms";
  public static final String REPORTER = "reporter";
  public static final String ADMIN = "admin";
  public static final String INTEGRATION = "integration";

  /** Every role a person holds (README: "staff"); integration is a machine's. */
  public static final Set<String> HUMAN =
      Set.of(
          COMMANDER,
          TECH,
          BUSINESS,
          PROCUREMENT,
          WAREHOUSE,
          LOGISTICS,
          SALES,
          COMMS,
          REPORTER,
          ADMIN);

  /**
   * The response group (its code in the organization, {@code response_group.code}) each role acts
   * for: the one table that ties realm roles to the plan's groups.
   */
  private static final Map<String, String> GROUP_OF_ROLE =
      Map.of(
          COMMANDER, "COMMAND",
          TECH, "TECHNICAL",
          BUSINESS, "BUSINESS",
          PROCUREMENT, "PROCUREMENT",
          WAREHOUSE, "WAREHOUSE",
          LOGISTICS, "LOGISTICS",
          SALES, "SALES",
          COMMS, "COMMUNICATIONS");

  private Roles() {}

  /** The group code a realm role acts for; empty for reporter, admin and integration. */
  public static Optional<String> groupOf(String role) {
    return Optional.ofNullable(GROUP_OF_ROLE.get(role));
  }

  /** The realm role that acts for a group code; refuses a code no role acts for. */
  public static String roleOf(String groupCode) {
    return GROUP_OF_ROLE.entrySet().stream()
        .filter(e -> e.getValue().equals(groupCode))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No role acts for group " + groupCode));
  }
}
