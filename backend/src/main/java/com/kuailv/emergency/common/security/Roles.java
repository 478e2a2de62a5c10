package com.kuailv.emergency.common.security;

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

  private Roles() {}
}
