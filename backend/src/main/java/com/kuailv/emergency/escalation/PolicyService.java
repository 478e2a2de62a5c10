package com.kuailv.emergency.escalation;

import com.kuailv.emergency.audit.AuditService;
import com.kuailv.emergency.common.error.ProblemException;
import com.kuailv.emergency.common.security.Actor;
import com.kuailv.emergency.common.security.Roles;
import com.kuailv.emergency.escalation.EscalationApi.LateStep;
import com.kuailv.emergency.escalation.EscalationApi.PolicyInput;
import com.kuailv.emergency.escalation.EscalationApi.PolicyView;
import com.kuailv.emergency.escalation.EscalationApi.StepInput;
import com.kuailv.emergency.escalation.EscalationApi.StepView;
import com.kuailv.emergency.incident.MatrixApi.MatrixView;
import com.kuailv.emergency.incident.ResponseMatrixService;
import com.kuailv.emergency.org.OrgApi.Group;
import com.kuailv.emergency.org.OrgService;
import com.kuailv.emergency.org.PersonService;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Escalation policies: an admin orders the steps; each names whom to page and how long to wait. A
 * policy is checked against the response matrix's acknowledgement targets (a step that would fire
 * after a grade's target is flagged in {@code warnings}); every change is audited.
 */
@ApplicationScoped
public class PolicyService {
  /** The transaction lock that claims of grades (afterActivation) take in turn. */
  static final long GRADE_LOCK = 7_101_008L;

  private final PolicyRepository policies;
  private final StepRepository steps;
  private final ResponseMatrixService matrix;
  private final OrgService org;
  private final AuditService audit;
  private final PersonService people;
  private final Clock clock;

  PolicyService(
      PolicyRepository policies,
      StepRepository steps,
      ResponseMatrixService matrix,
      OrgService org,
      AuditService audit,
      PersonService people,
      Clock clock) {
    this.people = people;
    this.policies = policies;
    this.steps = steps;
    this.matrix = matrix;
    this.org = org;
    this.audit = audit;
    this.clock = clock;
  }

  @WithSession
  public Uni<List<PolicyView>> list() {
    return matrix
        .listMatrix()
        .chain(
            targets ->
                policies
                    .ordered()
                    .chain(
                        found -> {
                          Uni<List<PolicyView>> all = Uni.createFrom().item(new ArrayList<>());
                          for (EscalationPolicy policy : found) {
                            all =
                                all.chain(
                                    views ->
                                        steps
                                            .of(policy.id)
                                            .chain(
                                                ordered ->
                                                    pagedNow(ordered)
                                                        .map(
                                                            now -> {
                                                              views.add(
                                                                  view(
                                                                      policy, ordered, targets,
                                                                      now));
                                                              return views;
                                                            })));
                          }
                          return all;
                        }));
  }

  /** A new policy; 400 naming the step's field for a target without its group or person. */
  @WithTransaction
  public Uni<PolicyView> create(PolicyInput input, Actor actor) {
    return check(input)
        .chain(
            () -> {
              EscalationPolicy policy = new EscalationPolicy();
              policy.createdAt = clock.instant();
              policy.isDefault = false;
              return save(policy, input, null, actor, "escalation-policy.created");
            });
  }

  /** Replaces a policy's name, repeats and steps at {@code version}. */
  @WithTransaction
  public Uni<PolicyView> update(long id, long version, PolicyInput input, Actor actor) {
    return check(input)
        .chain(() -> policies.findById(id))
        .chain(
            policy -> {
              if (policy == null) {
                throw ProblemException.notFound("Escalation policy", id);
              }
              if (policy.version != version) {
                throw ProblemException.stale("escalation policy");
              }
              return steps
                  .of(id)
                  .chain(
                      old ->
                          matrix
                              .listMatrix()
                              .chain(
                                  targets ->
                                      steps
                                          .delete("policyId", id)
                                          .chain(steps::flush)
                                          .chain(
                                              () ->
                                                  save(
                                                      policy,
                                                      input,
                                                      view(policy, old, targets),
                                                      actor,
                                                      "escalation-policy.updated"))));
            });
  }

  private Uni<PolicyView> save(
      EscalationPolicy policy, PolicyInput input, PolicyView before, Actor actor, String action) {
    Instant now = clock.instant();
    policy.name = input.name().strip();
    policy.repeatTimes = input.repeatTimes();
    policy.afterActivation =
        input.afterActivation() == null
            ? new String[0]
            : input.afterActivation().stream().sorted().map(g -> g.name()).toArray(String[]::new);
    policy.updatedAt = now;
    return requireGradesFree(policy)
        .chain(() -> policies.persistAndFlush(policy))
        .chain(
            saved -> {
              List<EscalationStep> created = new ArrayList<>();
              for (int i = 0; i < input.steps().size(); i++) {
                StepInput in = input.steps().get(i);
                EscalationStep step = new EscalationStep();
                step.policyId = saved.id;
                step.position = i + 1;
                step.waitMinutes = in.waitMinutes();
                step.targetKind = in.target();
                step.groupCode = blankToNull(in.groupCode());
                step.personSubject = blankToNull(in.personSubject());
                step.notifyBy =
                    in.notifyBy() == null
                        ? new String[0]
                        : in.notifyBy().stream().sorted().map(m -> m.name()).toArray(String[]::new);
                if (step.targetKind == EscalationStep.Target.COMMANDER) {
                  step.groupCode = "COMMAND";
                }
                created.add(step);
              }
              return steps
                  .persist(created)
                  .chain(steps::flush)
                  .chain(() -> matrix.listMatrix())
                  .map(targets -> view(saved, created, targets));
            })
        .call(after -> audit.record(actor, action, "escalation-policy", after.id(), before, after));
  }

  /** Who each step would page at this moment: the roster's on-duty person, or the named one. */
  private Uni<Map<Integer, String>> pagedNow(List<EscalationStep> ordered) {
    Map<Integer, String> names = new java.util.HashMap<>();
    Uni<Void> chain = Uni.createFrom().voidItem();
    Instant now = clock.instant();
    for (EscalationStep step : ordered) {
      String group =
          step.targetKind == EscalationStep.Target.COMMANDER ? "COMMAND" : step.groupCode;
      Uni<PersonService.Member> who =
          switch (step.targetKind) {
            case ON_DUTY, COMMANDER -> people.onDutyWithRole(group, now, Roles.roleOf(group));
            case PERSON ->
                people.memberWithRole(
                    step.personSubject, Roles.roleOf(group == null ? "COMMAND" : group));
            default -> Uni.createFrom().nullItem();
          };
      chain =
          chain.call(
              () ->
                  who.invoke(
                      person -> {
                        if (person != null) {
                          names.put(step.position, person.displayName());
                        }
                      }));
    }
    return chain.replaceWith(names);
  }

  /** Targets need their group (ON_DUTY, GROUP) or person (PERSON); groups must exist. */
  private Uni<Void> check(PolicyInput input) {
    return org.groups()
        .map(groups -> groups.stream().map(Group::code).collect(Collectors.toSet()))
        .invoke(
            codes -> {
              for (int i = 0; i < input.steps().size(); i++) {
                StepInput step = input.steps().get(i);
                String at = "steps[" + i + "].";
                String group = blankToNull(step.groupCode());
                boolean needsGroup =
                    step.target() == EscalationStep.Target.ON_DUTY
                        || step.target() == EscalationStep.Target.GROUP;
                if (needsGroup && group == null) {
                  throw ProblemException.invalid(at + "groupCode", "required-for", step.target());
                }
                if (group != null && !codes.contains(group)) {
                  throw ProblemException.invalid(at + "groupCode", "group-unknown");
                }
                if (step.target() == EscalationStep.Target.PERSON
                    && blankToNull(step.personSubject()) == null) {
                  throw ProblemException.invalid(at + "personSubject", "required-person");
                }
                if (step.target() != EscalationStep.Target.PERSON
                    && blankToNull(step.personSubject()) != null) {
                  throw ProblemException.invalid(at + "personSubject", "only-person");
                }
              }
            })
        .replaceWithVoid()
        .call(() -> requirePeople(input));
  }

  /** A named person must be known and hold the role of the step's group (the command center's). */
  private Uni<Void> requirePeople(PolicyInput input) {
    Uni<Void> chain = Uni.createFrom().voidItem();
    for (int i = 0; i < input.steps().size(); i++) {
      StepInput step = input.steps().get(i);
      if (step.target() != EscalationStep.Target.PERSON) {
        continue;
      }
      String field = "steps[" + i + "].personSubject";
      String group = blankToNull(step.groupCode()) == null ? "COMMAND" : step.groupCode().strip();
      chain =
          chain.call(
              () ->
                  people
                      .memberWithRole(step.personSubject().strip(), Roles.roleOf(group))
                      .invoke(
                          person -> {
                            if (person == null) {
                              throw ProblemException.invalid(field, "nobody-for-group", group);
                            }
                          }));
    }
    return chain;
  }

  static PolicyView view(
      EscalationPolicy policy, List<EscalationStep> ordered, List<MatrixView> targets) {
    return view(policy, ordered, targets, Map.of());
  }

  /** The policy as shown, {@code pagedNow} naming who each step would page now (by position). */
  static PolicyView view(
      EscalationPolicy policy,
      List<EscalationStep> ordered,
      List<MatrixView> targets,
      Map<Integer, String> pagedNow) {
    List<StepView> views = new ArrayList<>();
    List<LateStep> warnings = new ArrayList<>();
    int firesAfter = 0;
    for (EscalationStep step : ordered) {
      views.add(
          new StepView(
              step.position,
              step.targetKind,
              step.groupCode,
              step.personSubject,
              step.waitMinutes,
              java.util.Arrays.stream(step.notifyBy)
                  .map(com.kuailv.emergency.notification.Delivery.Medium::valueOf)
                  .toList(),
              firesAfter,
              pagedNow.get(step.position)));
      for (MatrixView target : targets) {
        if (firesAfter > target.ackMinutes()) {
          warnings.add(
              new LateStep(step.position, firesAfter, target.grade(), target.ackMinutes()));
          break;
        }
      }
      firesAfter += step.waitMinutes;
    }
    return new PolicyView(
        policy.id,
        policy.version,
        policy.name,
        policy.repeatTimes,
        policy.isDefault,
        java.util.Arrays.stream(policy.afterActivation)
            .map(com.kuailv.emergency.incident.Grade::valueOf)
            .sorted()
            .toList(),
        views,
        warnings);
  }

  /**
   * 400 naming afterActivation when another policy already runs after one of these grades. Saves
   * that name grades take one lock in turn, so two admins at once cannot both claim a grade.
   */
  private Uni<Void> requireGradesFree(EscalationPolicy policy) {
    if (policy.afterActivation.length == 0) {
      return Uni.createFrom().voidItem();
    }
    Uni<Void> chain =
        Panache.getSession()
            .chain(
                session ->
                    session
                        .createNativeQuery("select pg_advisory_xact_lock(" + GRADE_LOCK + ")")
                        .getSingleResult())
            .replaceWithVoid();
    long self = policy.id == null ? -1 : policy.id;
    for (String grade : policy.afterActivation) {
      chain =
          chain.call(
              () ->
                  policies
                      .afterActivation(grade, self)
                      .invoke(
                          other -> {
                            if (other != null) {
                              throw ProblemException.invalid(
                                  "afterActivation",
                                  "grade-has-policy",
                                  com.kuailv.emergency.incident.Grade.valueOf(grade),
                                  other.name);
                            }
                          }));
    }
    return chain;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
