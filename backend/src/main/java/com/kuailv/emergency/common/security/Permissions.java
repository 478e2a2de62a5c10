package com.kuailv.emergency.common.security;

import static com.kuailv.emergency.common.security.Roles.ADMIN;
import static com.kuailv.emergency.common.security.Roles.BUSINESS;
import static com.kuailv.emergency.common.security.Roles.COMMANDER;
import static com.kuailv.emergency.common.security.Roles.COMMS;
import static com.kuailv.emergency.common.security.Roles.INTEGRATION;
import static com.kuailv.emergency.common.security.Roles.LOGISTICS;
import static com.kuailv.emergency.common.security.Roles.PROCUREMENT;
import static com.kuailv.emergency.common.security.Roles.SALES;
import static com.kuailv.emergency.common.security.Roles.TECH;
import static com.kuailv.emergency.common.security.Roles.WAREHOUSE;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Named permissions ({@code feature:action}) and the realm roles that hold each: the one table of
 * who may do what (README, "Permissions"). Resources name a permission with
 * {@code @PermissionsAllowed}; {@link PermissionAugmentor} grants a caller the permissions of their
 * roles; {@code /q/openapi} lists each operation's roles under {@code x-roles}; {@code GET
 * /api/v1/me} lists the caller's permissions for the SPA.
 */
public final class Permissions {
  public static final String INCIDENT_REPORT = "incident:report";
  public static final String INCIDENT_READ = "incident:read";
  public static final String INCIDENT_READ_WORK = "incident:read-work";
  public static final String INCIDENT_NOTE = "incident:note";
  public static final String INCIDENT_STATUS_UPDATE = "incident:status-update";
  public static final String INCIDENT_ACKNOWLEDGE = "incident:acknowledge";
  public static final String INCIDENT_ASSESS = "incident:assess";
  public static final String INCIDENT_GRADE = "incident:grade";
  public static final String INCIDENT_ACTIVATE = "incident:activate";
  public static final String INCIDENT_MITIGATE = "incident:mitigate";
  public static final String INCIDENT_RESOLVE = "incident:resolve";
  public static final String INCIDENT_REVIEW = "incident:review";
  public static final String INCIDENT_CANCEL = "incident:cancel";
  public static final String TASK_CREATE = "task:create";
  public static final String TASK_UPDATE = "task:update";
  public static final String VERIFICATION_SIGN_OFF = "verification:sign-off";
  public static final String POSTMORTEM_WRITE = "postmortem:write";
  public static final String RESPONSE_MATRIX_READ = "response-matrix:read";
  public static final String RESPONSE_MATRIX_WRITE = "response-matrix:write";
  public static final String ALERT_READ = "alert:read";
  public static final String ALERT_ROUTE = "alert:route";
  public static final String SILENCE_WRITE = "silence:write";
  public static final String INTEGRATION_READ = "integration:read";
  public static final String INTEGRATION_WRITE = "integration:write";
  public static final String AUDIT_READ = "audit:read";
  public static final String KNOWLEDGE_READ = "knowledge:read";
  public static final String KNOWLEDGE_WRITE = "knowledge:write";
  public static final String PLAN_READ_PUBLISHED = "plan:read-published";
  public static final String PLAN_READ = "plan:read";
  public static final String PLAN_EDIT = "plan:edit";
  public static final String PLAN_APPROVE = "plan:approve";
  public static final String ORG_READ_GROUPS = "org:read-groups";
  public static final String ORG_READ_PEOPLE = "org:read-people";
  public static final String ORG_WRITE = "org:write";
  public static final String ROSTER_WRITE = "roster:write";
  public static final String RISK_READ = "risk:read";
  public static final String RISK_WRITE = "risk:write";
  public static final String RISK_CONFIGURE = "risk:configure";
  public static final String SAFEGUARD_READ = "safeguard:read";
  public static final String SAFEGUARD_WRITE = "safeguard:write";
  public static final String ME_READ = "me:read";
  public static final String NOTIFICATION_READ = "notification:read";
  public static final String NOTIFICATION_ADMIN = "notification:admin";
  public static final String PAGE_ACKNOWLEDGE = "page:acknowledge";
  public static final String ME_NOTIFICATION_SETTINGS = "me:notification-settings";
  public static final String ESCALATION_READ = "escalation:read";
  public static final String ESCALATION_WRITE = "escalation:write";

  /** The business team's sub-groups: each acts in its own part of the response. */
  private static final Set<String> BUSINESS_TEAMS =
      Set.of(PROCUREMENT, WAREHOUSE, LOGISTICS, SALES);

  /** Staff who work the response: every human role but the reporter-only one. */
  private static final Set<String> RESPONDERS =
      union(Set.of(COMMANDER, TECH, BUSINESS, COMMS, ADMIN), BUSINESS_TEAMS);

  /** Every human role (README: "staff"). */
  private static final Set<String> STAFF = Roles.HUMAN;

  private static final Map<String, Set<String>> ROLES = new LinkedHashMap<>();

  static {
    grant(INCIDENT_REPORT, STAFF);
    grant(INCIDENT_READ, union(STAFF, Set.of(INTEGRATION)));
    grant(INCIDENT_READ_WORK, STAFF);
    grant(INCIDENT_NOTE, STAFF);
    grant(INCIDENT_STATUS_UPDATE, Set.of(COMMANDER, TECH, COMMS));
    grant(INCIDENT_ACKNOWLEDGE, Set.of(COMMANDER, TECH));
    grant(INCIDENT_ASSESS, Set.of(COMMANDER, TECH, BUSINESS));
    grant(INCIDENT_GRADE, Set.of(COMMANDER));
    grant(INCIDENT_ACTIVATE, Set.of(COMMANDER));
    grant(INCIDENT_MITIGATE, Set.of(COMMANDER, TECH));
    grant(INCIDENT_RESOLVE, Set.of(COMMANDER));
    grant(INCIDENT_REVIEW, Set.of(COMMANDER));
    grant(INCIDENT_CANCEL, Set.of(COMMANDER));
    grant(TASK_CREATE, Set.of(COMMANDER, TECH, BUSINESS));
    grant(TASK_UPDATE, STAFF);
    grant(VERIFICATION_SIGN_OFF, union(Set.of(COMMANDER, TECH, BUSINESS, COMMS), BUSINESS_TEAMS));
    grant(POSTMORTEM_WRITE, Set.of(COMMANDER, TECH));
    grant(RESPONSE_MATRIX_READ, STAFF);
    grant(RESPONSE_MATRIX_WRITE, Set.of(ADMIN));
    grant(ALERT_READ, Set.of(COMMANDER, TECH, ADMIN));
    grant(ALERT_ROUTE, Set.of(ADMIN));
    grant(SILENCE_WRITE, Set.of(COMMANDER, TECH, ADMIN));
    grant(INTEGRATION_READ, Set.of(ADMIN));
    grant(INTEGRATION_WRITE, Set.of(ADMIN));
    grant(AUDIT_READ, Set.of(COMMANDER, ADMIN));
    grant(KNOWLEDGE_READ, STAFF);
    grant(KNOWLEDGE_WRITE, Set.of(COMMANDER, TECH, BUSINESS, ADMIN));
    grant(PLAN_READ_PUBLISHED, STAFF);
    grant(PLAN_READ, Set.of(COMMANDER, TECH, BUSINESS, COMMS, ADMIN));
    grant(PLAN_EDIT, Set.of(COMMANDER, ADMIN));
    grant(PLAN_APPROVE, Set.of(COMMANDER));
    grant(ORG_READ_GROUPS, STAFF);
    grant(ORG_READ_PEOPLE, RESPONDERS);
    grant(ORG_WRITE, Set.of(ADMIN));
    grant(ROSTER_WRITE, Set.of(COMMANDER, ADMIN));
    grant(RISK_READ, RESPONDERS);
    grant(RISK_WRITE, Set.of(COMMANDER, TECH, BUSINESS, ADMIN));
    grant(RISK_CONFIGURE, Set.of(ADMIN));
    grant(SAFEGUARD_READ, Set.of(COMMANDER, TECH, BUSINESS, ADMIN));
    grant(SAFEGUARD_WRITE, Set.of(TECH, ADMIN));
    grant(ME_READ, union(STAFF, Set.of(INTEGRATION)));
    grant(NOTIFICATION_READ, Set.of(COMMANDER, ADMIN));
    grant(NOTIFICATION_ADMIN, Set.of(ADMIN));
    grant(PAGE_ACKNOWLEDGE, STAFF);
    grant(ME_NOTIFICATION_SETTINGS, STAFF);
    grant(ESCALATION_READ, Set.of(COMMANDER, TECH, ADMIN));
    grant(ESCALATION_WRITE, Set.of(ADMIN));
  }

  private Permissions() {}

  /** Every permission name, in table order. */
  public static Set<String> all() {
    return ROLES.keySet();
  }

  /**
   * The realm roles that hold a permission, sorted; empty for a name not in the table (which no
   * caller holds).
   */
  public static SortedSet<String> rolesFor(String permission) {
    return new TreeSet<>(ROLES.getOrDefault(permission, Set.of()));
  }

  /** The permissions that these realm roles hold together, sorted. */
  public static SortedSet<String> of(Set<String> roles) {
    SortedSet<String> held = new TreeSet<>();
    ROLES.forEach(
        (permission, holders) -> {
          if (holders.stream().anyMatch(roles::contains)) {
            held.add(permission);
          }
        });
    return held;
  }

  private static void grant(String permission, Set<String> roles) {
    ROLES.put(permission, Set.copyOf(roles));
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new java.util.HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }
}
