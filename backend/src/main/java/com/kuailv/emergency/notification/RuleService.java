package com.kuailv.emergency.notification;

import com.kuailv.emergency.audit.AuditService;
import com.kuailv.emergency.common.error.ProblemException;
import com.kuailv.emergency.common.security.Actor;
import com.kuailv.emergency.notification.NotificationApi.PageGrade;
import com.kuailv.emergency.notification.NotificationApi.RuleInput;
import com.kuailv.emergency.notification.NotificationApi.RuleView;
import com.kuailv.emergency.org.OrgApi.Group;
import com.kuailv.emergency.org.OrgService;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Notification rules: which groups' channels each incident event reaches at each grade. An admin
 * changes one event's rule at a time (If-Match its version); the defaults come from the plan's
 * reporting lines and the response matrix (V30). Every change is audited.
 */
@ApplicationScoped
public class RuleService {
  private final RuleRepository rules;
  private final OrgService org;
  private final AuditService audit;
  private final Clock clock;

  RuleService(RuleRepository rules, OrgService org, AuditService audit, Clock clock) {
    this.rules = rules;
    this.org = org;
    this.audit = audit;
    this.clock = clock;
  }

  /** Every event's rule, in the lifecycle's order. */
  @WithSession
  public Uni<List<RuleView>> list() {
    return rules
        .listAll(io.quarkus.panache.common.Sort.by("position"))
        .map(found -> found.stream().map(RuleService::view).toList());
  }

  /**
   * Replaces the groups of {@code event}'s rule at {@code version}: 404 for an unknown event, 412
   * when it changed meanwhile, 400 naming {@code groups.MAJOR[1]} for a code that is no group. A
   * group named twice for a grade counts once. A headline naming a variable {@link
   * HeadlineTemplate#VARIABLES} lacks, or with stray braces, is refused naming {@code headline};
   * nothing is changed.
   */
  @WithTransaction
  public Uni<RuleView> put(String event, long version, RuleInput input, Actor actor) {
    return org.groups()
        .map(
            groups -> groups.stream().map(Group::code).collect(java.util.stream.Collectors.toSet()))
        .invoke(known -> requireGroups(input, known))
        .invoke(() -> requireHeadline(input.headline()))
        .chain(() -> rules.findById(event))
        .chain(
            rule -> {
              if (rule == null) {
                throw ProblemException.notFound("notification-rule", event);
              }
              if (rule.version != version) {
                throw ProblemException.stale("notification-rule", version, rule.version);
              }
              RuleView before = view(rule);
              rule.ungraded = groupsAt(input, PageGrade.UNGRADED);
              rule.general = groupsAt(input, PageGrade.GENERAL);
              rule.serious = groupsAt(input, PageGrade.SERIOUS);
              rule.major = groupsAt(input, PageGrade.MAJOR);
              rule.headline = headlineOf(input.headline());
              rule.updatedAt = clock.instant();
              return rules
                  .flush()
                  .map(ignored -> view(rule))
                  .call(
                      after ->
                          audit.record(
                              actor,
                              "notification-rule.updated",
                              "notification-rule",
                              event,
                              before,
                              after));
            });
  }

  private static void requireGroups(RuleInput input, Set<String> known) {
    input
        .groups()
        .forEach(
            (grade, codes) -> {
              for (int i = 0; i < codes.size(); i++) {
                if (!known.contains(codes.get(i).strip())) {
                  throw ProblemException.invalid(
                      "groups." + grade.name() + "[" + i + "]", "group-unknown");
                }
              }
            });
  }

  /** A headline with an unknown variable or stray braces is refused, naming {@code headline}. */
  private static void requireHeadline(String headline) {
    String problem = headlineOf(headline) == null ? null : HeadlineTemplate.problem(headline);
    if (problem == null) {
      return;
    }
    if (problem.startsWith("unknown:")) {
      throw ProblemException.invalid(
          "headline",
          "template-variable-unknown",
          problem.substring("unknown:".length()),
          String.join(
              ", ", HeadlineTemplate.VARIABLES.stream().map(v -> "{{" + v + "}}").toList()));
    }
    if (problem.equals("characters")) {
      throw ProblemException.invalid("headline", "template-characters", "[ ] < > `");
    }
    throw ProblemException.invalid("headline", "template-malformed", "{{variable}}");
  }

  private static String headlineOf(String headline) {
    return headline == null || headline.isBlank() ? null : headline.strip();
  }

  private static String[] groupsAt(RuleInput input, PageGrade grade) {
    List<String> codes = input.groups().getOrDefault(grade, List.of());
    return new LinkedHashSet<>(codes.stream().map(String::strip).toList()).toArray(String[]::new);
  }

  static RuleView view(Rule rule) {
    Map<PageGrade, List<String>> groups = new EnumMap<>(PageGrade.class);
    groups.put(PageGrade.UNGRADED, new ArrayList<>(List.of(rule.ungraded)));
    groups.put(PageGrade.GENERAL, new ArrayList<>(List.of(rule.general)));
    groups.put(PageGrade.SERIOUS, new ArrayList<>(List.of(rule.serious)));
    groups.put(PageGrade.MAJOR, new ArrayList<>(List.of(rule.major)));
    return new RuleView(rule.event, groups, rule.headline, rule.version, rule.updatedAt);
  }
}
