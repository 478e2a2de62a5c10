package com.kuailv.emergency.incident;

import static com.kuailv.emergency.incident.IncidentStatus.ASSESSING;
import static com.kuailv.emergency.incident.IncidentStatus.RESOLVED;
import static com.kuailv.emergency.incident.IncidentStatus.RESPONDING;
import static com.kuailv.emergency.incident.IncidentStatus.VERIFYING;

import com.kuailv.emergency.audit.AuditService;
import com.kuailv.emergency.common.error.ProblemException;
import com.kuailv.emergency.common.error.Reason;
import com.kuailv.emergency.common.playbook.Playbooks;
import com.kuailv.emergency.common.security.Actor;
import com.kuailv.emergency.common.security.Roles;
import com.kuailv.emergency.incident.GradingApi.AssessIncident;
import com.kuailv.emergency.incident.GradingApi.ConfirmGrade;
import com.kuailv.emergency.incident.GradingApi.Regrade;
import com.kuailv.emergency.incident.IncidentApi.EndListener;
import com.kuailv.emergency.incident.IncidentApi.IncidentView;
import com.kuailv.emergency.incident.LifecyclePlan.DefaultCheck;
import com.kuailv.emergency.incident.ResponseApi.ActivateResponse;
import com.kuailv.emergency.incident.ResponseApi.CustomCheck;
import com.kuailv.emergency.incident.ResponseApi.Mitigate;
import com.kuailv.emergency.incident.ResponseApi.PersonRef;
import com.kuailv.emergency.incident.RoleAssignment.IncidentRole;
import com.kuailv.emergency.notification.NotificationService;
import com.kuailv.emergency.org.PersonService;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The incident lifecycle: each transition is one method with its guard, its timestamp and one
 * timeline entry, applied only if the caller saw the current version.
 */
@ApplicationScoped
public class IncidentLifecycle {
  private final IncidentRepository incidents;
  private final TimelineRepository timeline;
  private final AssessmentRepository assessments;
  private final GradingRuleRepository gradingRules;
  private final ResponseMatrixRepository matrix;
  private final RoleAssignmentRepository roles;
  private final TaskTemplateRepository templates;
  private final TaskRepository tasks;
  private final VerificationRepository checks;
  private final ActionFacts actionFacts;
  private final NotificationService notifications;
  private final PersonService people;
  private final Playbooks playbooks;
  private final Clock clock;
  private final Instance<EndListener> endListeners;
  private final Instance<IncidentApi.ResponseListener> responseListeners;
  private final AuditService audit;

  IncidentLifecycle(
      IncidentRepository incidents,
      TimelineRepository timeline,
      AssessmentRepository assessments,
      GradingRuleRepository gradingRules,
      ResponseMatrixRepository matrix,
      RoleAssignmentRepository roles,
      TaskTemplateRepository templates,
      TaskRepository tasks,
      VerificationRepository checks,
      ActionFacts actionFacts,
      NotificationService notifications,
      PersonService people,
      Playbooks playbooks,
      Clock clock,
      @Any Instance<EndListener> endListeners,
      @Any Instance<IncidentApi.ResponseListener> responseListeners,
      AuditService audit) {
    this.endListeners = endListeners;
    this.responseListeners = responseListeners;
    this.audit = audit;
    this.incidents = incidents;
    this.timeline = timeline;
    this.assessments = assessments;
    this.gradingRules = gradingRules;
    this.matrix = matrix;
    this.roles = roles;
    this.templates = templates;
    this.tasks = tasks;
    this.checks = checks;
    this.actionFacts = actionFacts;
    this.notifications = notifications;
    this.people = people;
    this.playbooks = playbooks;
    this.clock = clock;
  }

  @WithTransaction
  public Uni<IncidentView> acknowledge(long id, long version, Actor actor) {
    return change(
            id,
            version,
            actor,
            TimelineKind.ACKNOWLEDGED,
            incident -> {
              IncidentActions.require("acknowledge", incident, IncidentActions.Facts.NONE);
              incident.status = ASSESSING;
              incident.acknowledgedAt = clock.instant();
              return Uni.createFrom().item("");
            })
        .call(view -> announce(view, "acknowledged", "acknowledged"))
        .call(
            view -> {
              Uni<Void> chain = Uni.createFrom().voidItem();
              for (IncidentApi.ResponseListener listener : responseListeners) {
                chain = chain.call(() -> listener.incidentAcknowledged(id, actor));
              }
              return chain;
            });
  }

  @WithTransaction
  public Uni<IncidentView> assess(long id, long version, AssessIncident input, Actor actor) {
    return change(
        id,
        version,
        actor,
        TimelineKind.ASSESSED,
        incident -> {
          IncidentActions.require("assess", incident, IncidentActions.Facts.NONE);
          Assessment assessment =
              LifecyclePlan.assessment(incident.id, input, actor, clock.instant());
          return gradingRules
              .ordered()
              .chain(
                  rules -> {
                    GradingAssistant.Proposal proposal =
                        GradingAssistant.propose(assessment, rules);
                    assessment.proposedGrade = proposal.grade();
                    assessment.reasons =
                        proposal.reasons().stream()
                            .map(r -> r.measure() + ">=" + r.threshold().toPlainString())
                            .toArray(String[]::new);
                    incident.proposedGrade = proposal.grade();
                    if (input.category() != null) {
                      incident.category = input.category();
                    }
                    return assessments.persist(assessment).map(saved -> proposal.grade().name());
                  });
        });
  }

  @WithTransaction
  public Uni<IncidentView> confirmGrade(long id, long version, ConfirmGrade input, Actor actor) {
    return change(
            id,
            version,
            actor,
            TimelineKind.GRADED,
            incident -> {
              IncidentActions.require("grade", incident, IncidentActions.Facts.NONE);
              boolean overridden = input.grade() != incident.proposedGrade;
              if (overridden && (input.reason() == null || input.reason().isBlank())) {
                throw ProblemException.invalid("reason", "reason-required", incident.proposedGrade);
              }
              incident.grade = input.grade();
              return Uni.createFrom().item(withReason(input.grade().name(), input.reason()));
            })
        .call(view -> announce(view, "graded", "graded"));
  }

  @WithTransaction
  public Uni<IncidentView> activate(long id, long version, ActivateResponse input, Actor actor) {
    return change(
            id,
            version,
            actor,
            TimelineKind.ACTIVATED,
            incident -> {
              IncidentActions.require("activate", incident, IncidentActions.Facts.NONE);
              Instant now = clock.instant();
              incident.status = RESPONDING;
              incident.activatedAt = now;
              return matrixFor(incident.grade)
                  .call(entry -> assignRoles(incident, input, actor, now))
                  .chain(
                      entry ->
                          createTasksFromTemplates(incident, now)
                              .map(
                                  created ->
                                      incident.grade
                                          + "; "
                                          + String.join(", ", entry.mobilizedGroups)));
            })
        .call(view -> announce(view, "activated", "activated"))
        .call(view -> activated(view));
  }

  @WithTransaction
  public Uni<IncidentView> regrade(long id, long version, Regrade input, Actor actor) {
    return change(
            id,
            version,
            actor,
            TimelineKind.REGRADED,
            incident -> {
              IncidentActions.require("regrade", incident, IncidentActions.Facts.NONE);
              if (input.grade() == incident.grade) {
                throw ProblemException.invalid("grade", "grade-same", incident.grade);
              }
              Grade previous = incident.grade;
              incident.grade = input.grade();
              return matrixFor(input.grade())
                  .map(entry -> withReason(previous + " → " + input.grade(), input.reason()));
            })
        .call(view -> announce(view, "regraded", "regraded:" + view.version()))
        .call(view -> view.status() == RESPONDING ? activated(view) : Uni.createFrom().voidItem());
  }

  @WithTransaction
  public Uni<IncidentView> mitigate(long id, long version, Mitigate input, Actor actor) {
    return change(
        id,
        version,
        actor,
        TimelineKind.MITIGATED,
        incident -> {
          IncidentActions.require("mitigate", incident, IncidentActions.Facts.NONE);
          incident.status = VERIFYING;
          incident.mitigatedAt = clock.instant();
          List<VerificationItem> items = new ArrayList<>();
          for (DefaultCheck check : LifecyclePlan.DEFAULT_CHECKS) {
            items.add(LifecyclePlan.check(incident.id, check.area(), check.label(), check.owner()));
          }
          List<CustomCheck> custom =
              input == null || input.customChecks() == null ? List.of() : input.customChecks();
          for (CustomCheck check : custom) {
            items.add(
                LifecyclePlan.check(
                    incident.id,
                    VerificationItem.Area.CUSTOM,
                    check.label().strip(),
                    check.ownerGroup()));
          }
          return checks
              .persist(items)
              .map(ignored -> input == null || input.note() == null ? "" : input.note().strip());
        });
  }

  @WithTransaction
  public Uni<IncidentView> resolve(long id, long version, Actor actor) {
    return change(
            id,
            version,
            actor,
            TimelineKind.RESOLVED,
            incident -> {
              return actionFacts
                  .of(incident.id)
                  .map(
                      facts -> {
                        IncidentActions.require("resolve", incident, facts);
                        incident.status = RESOLVED;
                        incident.resolvedAt = clock.instant();
                        return "";
                      })
                  .call(() -> ended(incident, incident.resolvedAt));
            })
        .call(view -> announce(view, "resolved", "resolved"));
  }

  @WithTransaction
  public Uni<IncidentView> review(long id, long version, Actor actor) {
    return change(
            id,
            version,
            actor,
            TimelineKind.REVIEWED,
            incident -> {
              return actionFacts
                  .of(incident.id)
                  .map(
                      facts -> {
                        IncidentActions.require("review", incident, facts);
                        incident.status = IncidentStatus.REVIEWED;
                        incident.reviewedAt = clock.instant();
                        return "";
                      });
            })
        .call(view -> announce(view, "reviewed", "reviewed"));
  }

  @WithTransaction
  public Uni<IncidentView> cancel(long id, long version, String reason, Actor actor) {
    return change(
        id,
        version,
        actor,
        TimelineKind.CANCELLED,
        incident -> {
          IncidentActions.require("cancel", incident, IncidentActions.Facts.NONE);
          incident.status = IncidentStatus.CANCELLED;
          incident.cancelledAt = clock.instant();
          incident.cancelReason = reason.strip();
          return ended(incident, incident.cancelledAt).replaceWith(incident.cancelReason);
        });
  }

  /** The audit action of a lifecycle step: incident.acknowledged, incident.cancelled, … */
  static String auditAction(TimelineKind kind) {
    return "incident." + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /** Tells every {@link EndListener}, one after the other, in this transaction. */
  private Uni<Void> ended(Incident incident, java.time.Instant at) {
    Uni<Void> told = Uni.createFrom().voidItem();
    for (EndListener listener : endListeners) {
      told = told.chain(() -> listener.incidentEnded(incident.id, incident.status, at));
    }
    return told;
  }

  private Uni<IncidentView> change(
      long id,
      long expectedVersion,
      Actor actor,
      TimelineKind kind,
      Function<Incident, Uni<String>> transition) {
    return incidents
        .requireLocked(id)
        .chain(
            incident -> {
              if (incident.version != expectedVersion) {
                return Uni.createFrom()
                    .failure(ProblemException.stale("incident", expectedVersion, incident.version));
              }
              IncidentView before = IncidentMapper.toView(incident);
              return transition
                  .apply(incident)
                  .chain(
                      message -> {
                        incident.updatedAt = clock.instant();
                        return timeline.persist(
                            Timeline.entry(incident.id, kind, actor, message, incident.updatedAt));
                      })
                  .chain(ignored -> incidents.flush())
                  .map(ignored -> IncidentMapper.toView(incident))
                  .call(
                      after ->
                          audit.record(
                              actor, auditAction(kind), "incident", incident.id, before, after));
            });
  }

  private Uni<ResponseMatrixEntry> matrixFor(Grade grade) {
    return matrix
        .findById(grade)
        .onItem()
        .ifNull()
        .failWith(() -> ProblemException.conflict(new Reason("reason.no-matrix-entry", grade)));
  }

  /** The realm role a person needs to hold an incident role. */
  private static String roleFor(IncidentRole role) {
    return switch (role) {
      case COMMANDER -> Roles.COMMANDER;
      case TECH_LEAD -> Roles.TECH;
      case BUSINESS_LEAD -> Roles.BUSINESS;
      case COMMS_LEAD -> Roles.COMMS;
      case SCRIBE -> Roles.REPORTER;
    };
  }

  private static final Map<IncidentRole, String> ON_DUTY_GROUPS =
      Map.of(
          IncidentRole.TECH_LEAD, "TECHNICAL",
          IncidentRole.BUSINESS_LEAD, "BUSINESS",
          IncidentRole.COMMS_LEAD, "COMMUNICATIONS");

  private Uni<Void> assignRoles(
      Incident incident, ActivateResponse input, Actor actor, Instant now) {
    Map<IncidentRole, PersonRef> chosen = new EnumMap<>(IncidentRole.class);
    if (input != null && input.roles() != null) {
      chosen.putAll(input.roles());
    }
    chosen.putIfAbsent(IncidentRole.COMMANDER, new PersonRef(actor.subject(), actor.displayName()));
    Uni<List<RoleAssignment>> assignments = Uni.createFrom().item(ArrayList::new);
    // Leads not chosen by the commander are whoever is on duty for their group now.
    for (Map.Entry<IncidentRole, String> lead : ON_DUTY_GROUPS.entrySet()) {
      IncidentRole role = lead.getKey();
      if (chosen.containsKey(role)) {
        continue;
      }
      assignments =
          assignments.chain(
              list ->
                  people
                      .onDutyWithRole(lead.getValue(), now, roleFor(role))
                      .map(
                          found -> {
                            if (found != null) {
                              list.add(RoleAssignment.of(incident.id, role, found, now));
                            }
                            return list;
                          }));
    }
    for (Map.Entry<IncidentRole, PersonRef> entry : chosen.entrySet()) {
      IncidentRole role = entry.getKey();
      String subject = entry.getValue().subject();
      boolean caller = subject.equals(actor.subject()) && actor.hasRole(roleFor(role));
      Uni<PersonService.Member> member =
          caller
              ? Uni.createFrom()
                  .item(new PersonService.Member(subject, actor.username(), actor.displayName()))
              : people.memberWithRole(subject, roleFor(role));
      assignments =
          assignments.chain(
              list ->
                  member.map(
                      found -> {
                        if (found == null) {
                          throw ProblemException.invalid(
                              "roles." + role, "person-role", roleFor(role));
                        }
                        list.add(RoleAssignment.of(incident.id, role, found, now));
                        return list;
                      }));
    }
    return assignments.chain(list -> roles.persist(list));
  }

  /** Tells the listeners (escalation) that a response runs at the incident's grade. */
  private Uni<Void> activated(IncidentView view) {
    Uni<Void> chain = Uni.createFrom().voidItem();
    for (IncidentApi.ResponseListener listener : responseListeners) {
      chain = chain.call(() -> listener.responseActivated(view.id(), view.grade()));
    }
    return chain;
  }

  /**
   * Tells the groups the notification rules name for {@code event} at the incident's grade; the key
   * makes a retried action announce once.
   */
  private Uni<Void> announce(IncidentView incident, String event, String keySuffix) {
    String grade = incident.grade() == null ? null : incident.grade().name();
    return notifications
        .notifyByRule(
            "incident:" + incident.id() + ":" + keySuffix,
            incident.id(),
            event,
            grade,
            NotificationService.payload(incident.id(), grade, incident.title()))
        .replaceWithVoid();
  }

  /**
   * The tasks of activation: the steps of the knowledge base's runbooks and fallback procedures for
   * the incident's category; the seeded templates only where no article matches.
   */
  private Uni<Integer> createTasksFromTemplates(Incident incident, Instant now) {
    String category = incident.category == null ? null : incident.category.name();
    Uni<List<Playbooks.PlaybookStep>> steps =
        category == null ? Uni.createFrom().item(List.of()) : playbooks.stepsFor(category);
    return steps.chain(
        found ->
            found.isEmpty()
                ? createTasksFromSeededTemplates(incident, now)
                : tasks
                    .persist(
                        found.stream()
                            .map(step -> LifecyclePlan.task(incident.id, step, now))
                            .toList())
                    .replaceWith(found.size()));
  }

  private Uni<Integer> createTasksFromSeededTemplates(Incident incident, Instant now) {
    return templates
        .forCategory(incident.category)
        .chain(
            found -> {
              List<IncidentTask> created =
                  found.stream()
                      .map(template -> LifecyclePlan.task(incident.id, template, now))
                      .toList();
              return tasks.persist(created).replaceWith(created.size());
            });
  }

  private static String withReason(String what, String reason) {
    return reason == null || reason.isBlank() ? what : what + ": " + reason.strip();
  }
}
