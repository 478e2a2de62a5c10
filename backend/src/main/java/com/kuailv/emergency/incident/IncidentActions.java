package com.kuailv.emergency.incident;

import static com.kuailv.emergency.incident.IncidentStatus.ASSESSING;
import static com.kuailv.emergency.incident.IncidentStatus.REPORTED;
import static com.kuailv.emergency.incident.IncidentStatus.RESOLVED;
import static com.kuailv.emergency.incident.IncidentStatus.RESPONDING;
import static com.kuailv.emergency.incident.IncidentStatus.VERIFYING;

import com.kuailv.emergency.common.error.ProblemException;
import com.kuailv.emergency.common.security.Permissions;
import com.kuailv.emergency.common.security.Roles;
import com.kuailv.emergency.incident.IncidentApi.AllowedAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    Text text = english ? EN : ZH;
    List<AllowedAction> actions = new ArrayList<>();
    for (Rule rule : RULES) {
      if (rule.roles().stream().noneMatch(roles::contains)) {
        actions.add(refused(rule, "ROLE", text.role(rule.roles())));
      } else if (!rule.from().contains(incident.status)) {
        actions.add(refused(rule, "STATE", text.state(incident.status)));
      } else {
        String missing = precondition(rule.action(), incident, facts, text);
        actions.add(
            missing == null
                ? new AllowedAction(rule.action(), true, null, null)
                : refused(rule, "PRECONDITION", missing));
      }
    }
    return actions;
  }

  /**
   * Refuses an action the incident's status or a precondition rules out now, with the same reason
   * {@link #of} gives (both languages; the answer picks the caller's): a 409 problem. The role is
   * not looked at here: the endpoint's permission has already answered 403.
   */
  static void require(String action, Incident incident, Facts facts) {
    Rule rule =
        RULES.stream()
            .filter(r -> r.action().equals(action))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("No lifecycle action " + action));
    if (!rule.from().contains(incident.status)) {
      throw ProblemException.conflict(ZH.state(incident.status), EN.state(incident.status));
    }
    String zh = precondition(action, incident, facts, ZH);
    if (zh != null) {
      throw ProblemException.conflict(zh, precondition(action, incident, facts, EN));
    }
  }

  private static AllowedAction refused(Rule rule, String kind, String reason) {
    return new AllowedAction(rule.action(), false, kind, reason);
  }

  /** What the action still needs, or null. */
  private static String precondition(String action, Incident incident, Facts facts, Text text) {
    return switch (action) {
      case "grade" -> incident.proposedGrade == null ? text.assessFirst() : null;
      case "activate" -> incident.grade == null ? text.gradeFirst() : null;
      case "resolve" -> {
        if (!facts.unpassedChecks().isEmpty()) {
          yield text.checksMissing(facts.unpassedChecks());
        }
        yield facts.openCriticalTasks() > 0 ? text.tasksOpen(facts.openCriticalTasks()) : null;
      }
      case "review" -> facts.postmortemWritten() ? null : text.postmortemFirst();
      default -> null;
    };
  }

  /** The reasons in one language. */
  private interface Text {
    String role(Set<String> roles);

    String state(IncidentStatus status);

    String assessFirst();

    String gradeFirst();

    String checksMissing(List<String> labels);

    String tasksOpen(long count);

    String postmortemFirst();
  }

  private static final Map<String, String> ROLE_ZH =
      Map.of(Roles.COMMANDER, "指挥长", Roles.TECH, "技术应急小组", Roles.BUSINESS, "业务应急小组");

  /** The status as people read it: 「评估中」 or "being assessed". */
  static String statusName(IncidentStatus status, boolean english) {
    return status.label(english);
  }

  private static final Text ZH =
      new Text() {
        @Override
        public String role(Set<String> roles) {
          return "只有" + names(roles, ROLE_ZH, "、") + "可以这样做";
        }

        @Override
        public String state(IncidentStatus status) {
          return "故障处于「" + status.label(false) + "」，现在不能这样做";
        }

        @Override
        public String assessFirst() {
          return "先提交评估：定级助手根据评估给出建议等级";
        }

        @Override
        public String gradeFirst() {
          return "先确认等级：启动响应按等级进行";
        }

        @Override
        public String checksMissing(List<String> labels) {
          return "还有 " + labels.size() + " 项验证未通过：" + String.join("、", labels);
        }

        @Override
        public String tasksOpen(long count) {
          return "还有 " + count + " 个关键任务未完成";
        }

        @Override
        public String postmortemFirst() {
          return "先撰写复盘：完成复盘需要复盘报告";
        }
      };

  private static final Text EN =
      new Text() {
        @Override
        public String role(Set<String> roles) {
          return "Only " + names(roles, Map.of(), ", ") + " may do this";
        }

        @Override
        public String state(IncidentStatus status) {
          return "Not while the incident is " + status.label(true);
        }

        @Override
        public String assessFirst() {
          return "Assess the incident first: the grading assistant proposes a grade from it";
        }

        @Override
        public String gradeFirst() {
          return "Confirm a grade first: activation follows the grade";
        }

        @Override
        public String checksMissing(List<String> labels) {
          return labels.size() + " check(s) not passed: " + String.join(", ", labels);
        }

        @Override
        public String tasksOpen(long count) {
          return count + " critical task(s) still open";
        }

        @Override
        public String postmortemFirst() {
          return "Write the postmortem first: a review needs one";
        }
      };

  private static String names(Set<String> roles, Map<String, String> labels, String separator) {
    return String.join(
        separator, roles.stream().sorted().map(role -> labels.getOrDefault(role, role)).toList());
  }
}
