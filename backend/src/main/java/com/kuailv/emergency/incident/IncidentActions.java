package com.kuailv.emergency.incident;

import static com.kuailv.emergency.incident.IncidentStatus.ASSESSING;
import static com.kuailv.emergency.incident.IncidentStatus.REPORTED;
import static com.kuailv.emergency.incident.IncidentStatus.RESOLVED;
import static com.kuailv.emergency.incident.IncidentStatus.RESPONDING;
import static com.kuailv.emergency.incident.IncidentStatus.VERIFYING;

import com.kuailv.emergency.common.error.ProblemException;
import com.kuailv.emergency.common.error.Reason;
import com.kuailv.emergency.common.security.Permissions;
import com.kuailv.emergency.incident.IncidentApi.AllowedAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The incident's state machine as one table: for each lifecycle action, the permission it needs
 * (and so the realm roles, from {@link Permissions}), the statuses it starts from, and the
 * precondition it needs. {@link #of} tells a caller which actions they may take now, and why not,
 * in their language.
 */
final class IncidentActions {
  private IncidentActions() {}

  /** What the incident's other records say, for the preconditions. */
  record Facts(List<String> unpassedChecks, long openCriticalTasks, boolean postmortemWritten) {
    /** For actions whose preconditions read only the incident itself. */
    static final Facts NONE = new Facts(List.of(), 0, false);
  }

  private record Rule(String action, Set<String> roles, Set<IncidentStatus> from) {}

  private static final Set<IncidentStatus> ACTIVE =
      java.util.EnumSet.copyOf(
          java.util.Arrays.stream(IncidentStatus.values())
              .filter(IncidentStatus::isActive)
              .toList());

  /** The table, in the order the war room shows the actions. */
  static final List<Rule> RULES =
      List.of(
          rule("acknowledge", Permissions.INCIDENT_ACKNOWLEDGE, Set.of(REPORTED)),
          rule("assess", Permissions.INCIDENT_ASSESS, Set.of(ASSESSING, RESPONDING, VERIFYING)),
          rule("grade", Permissions.INCIDENT_GRADE, Set.of(ASSESSING)),
          rule("activate", Permissions.INCIDENT_ACTIVATE, Set.of(ASSESSING)),
          rule("regrade", Permissions.INCIDENT_GRADE, Set.of(RESPONDING, VERIFYING)),
          rule("mitigate", Permissions.INCIDENT_MITIGATE, Set.of(RESPONDING)),
          rule("resolve", Permissions.INCIDENT_RESOLVE, Set.of(VERIFYING)),
          rule("postmortem", Permissions.POSTMORTEM_WRITE, Set.of(RESOLVED)),
          rule("review", Permissions.INCIDENT_REVIEW, Set.of(RESOLVED)),
          rule("cancel", Permissions.INCIDENT_CANCEL, ACTIVE));

  private static Rule rule(String action, String permission, Set<IncidentStatus> from) {
    return new Rule(action, Permissions.rolesFor(permission), from);
  }

  /**
   * Every lifecycle action for a caller with these realm roles on this incident: allowed, or
   * refused with the kind (ROLE, STATE, PRECONDITION, the order in which the server refuses: 403,
   * then 409) and the reason, in Chinese unless {@code english}.
   */
  static List<AllowedAction> of(
      Incident incident, Facts facts, Set<String> roles, boolean english) {
    List<AllowedAction> actions = new ArrayList<>();
    for (Rule rule : RULES) {
      if (rule.roles().stream().noneMatch(roles::contains)) {
        actions.add(refused(rule, "ROLE", role(rule.roles()).in(english)));
      } else if (!rule.from().contains(incident.status)) {
        actions.add(refused(rule, "STATE", state(incident.status).in(english)));
      } else {
        Reason missing = precondition(rule.action(), incident, facts);
        actions.add(
            missing == null
                ? new AllowedAction(rule.action(), true, null, null)
                : refused(rule, "PRECONDITION", missing.in(english)));
      }
    }
    return actions;
  }

  /**
   * Refuses an action the incident's status or a precondition rules out now, with the same reason
   * {@link #of} gives (in the caller's language): a 409 problem. The role is not looked at here:
   * the endpoint's permission has already answered 403.
   */
  static void require(String action, Incident incident, Facts facts) {
    Rule rule =
        RULES.stream()
            .filter(r -> r.action().equals(action))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("No lifecycle action " + action));
    if (!rule.from().contains(incident.status)) {
      throw ProblemException.conflict(state(incident.status));
    }
    Reason missing = precondition(action, incident, facts);
    if (missing != null) {
      throw ProblemException.conflict(missing);
    }
  }

  private static AllowedAction refused(Rule rule, String kind, String reason) {
    return new AllowedAction(rule.action(), false, kind, reason);
  }

  /** What the action still needs, or null. */
  private static Reason precondition(String action, Incident incident, Facts facts) {
    return switch (action) {
      case "grade" -> incident.proposedGrade == null ? new Reason("reason.assess-first") : null;
      case "activate" -> incident.grade == null ? new Reason("reason.grade-first") : null;
      case "resolve" -> {
        List<String> unpassed = facts.unpassedChecks();
        if (!unpassed.isEmpty()) {
          yield new Reason("reason.checks-missing", String.valueOf(unpassed.size()), unpassed);
        }
        yield facts.openCriticalTasks() > 0
            ? new Reason("reason.tasks-open", String.valueOf(facts.openCriticalTasks()))
            : null;
      }
      case "review" -> facts.postmortemWritten() ? null : new Reason("reason.postmortem-first");
      default -> null;
    };
  }

  /** 只有指挥长、技术应急小组可以这样做 / Only the commander or the technical team may do this. */
  private static Reason role(Set<String> roles) {
    return new Reason(
        "reason.role",
        new Reason.AnyOf(roles.stream().sorted().map(role -> new Reason("role." + role)).toList()));
  }

  private static Reason state(IncidentStatus status) {
    return new Reason("reason.state", status);
  }
}
