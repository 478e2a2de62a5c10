package com.kuailv.emergency.incident;

import com.kuailv.emergency.audit.AuditService;
import com.kuailv.emergency.common.error.ProblemException;
import com.kuailv.emergency.common.error.Reason;
import com.kuailv.emergency.common.security.Actor;
import com.kuailv.emergency.common.security.Roles;
import com.kuailv.emergency.incident.GradingApi.AssessmentView;
import com.kuailv.emergency.incident.IncidentApi.Person;
import com.kuailv.emergency.incident.IncidentApi.TimelineEntryView;
import com.kuailv.emergency.incident.ResponseApi.RoleView;
import com.kuailv.emergency.incident.WorkApi.CreateTask;
import com.kuailv.emergency.incident.WorkApi.SignOff;
import com.kuailv.emergency.incident.WorkApi.TaskView;
import com.kuailv.emergency.incident.WorkApi.VerificationView;
import com.kuailv.emergency.org.PersonService;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The work of a response: notes, tasks, recovery verification and who holds which role. */
@ApplicationScoped
public class ResponseWork {
  private final IncidentRepository incidents;
  private final TimelineRepository timeline;
  private final TaskRepository tasks;
  private final VerificationRepository checks;
  private final RoleAssignmentRepository roles;
  private final AssessmentRepository assessments;
  private final PersonService people;
  private final Clock clock;

  private final AuditService audit;

  ResponseWork(
      IncidentRepository incidents,
      TimelineRepository timeline,
      TaskRepository tasks,
      VerificationRepository checks,
      RoleAssignmentRepository roles,
      AssessmentRepository assessments,
      PersonService people,
      Clock clock,
      AuditService audit) {
    this.audit = audit;
    this.incidents = incidents;
    this.timeline = timeline;
    this.tasks = tasks;
    this.checks = checks;
    this.roles = roles;
    this.assessments = assessments;
    this.people = people;
    this.clock = clock;
  }

  @WithTransaction
  public Uni<TimelineEntryView> addNote(long incidentId, String text, Actor actor) {
    return incidents
        .require(incidentId)
        .chain(
            incident ->
                timeline.persist(
                    Timeline.entry(
                        incident.id, TimelineKind.NOTE, actor, text.strip(), clock.instant())))
        .map(IncidentMapper::toView)
        .call(
            note -> audit.record(actor, "incident.note-added", "incident", incidentId, null, note));
  }

  @WithSession
  public Uni<List<TaskView>> listTasks(long incidentId) {
    Instant now = clock.instant();
    return incidents
        .require(incidentId)
        .chain(incident -> tasks.forIncident(incident.id))
        .map(found -> found.stream().map(task -> toView(task, now)).toList());
  }

  @WithTransaction
  public Uni<TaskView> createTask(long incidentId, CreateTask input, Actor actor) {
    return lockActive(incidentId, new Doing("add-task"))
        .chain(incident -> owner(input).map(owner -> newTask(incident, input, owner)))
        .chain(
            task ->
                tasks
                    .persist(task)
                    .call(
                        saved ->
                            timeline.persist(
                                Timeline.entry(
                                    incidentId,
                                    TimelineKind.TASK_CREATED,
                                    actor,
                                    saved.title,
                                    saved.createdAt))))
        .map(saved -> toView(saved, clock.instant()))
        .call(task -> audit.record(actor, "task.created", "incident-task", task.id(), null, task));
  }

  private IncidentTask newTask(Incident incident, CreateTask input, PersonService.Member owner) {
    IncidentTask task = new IncidentTask();
    task.incidentId = incident.id;
    task.title = input.title().strip();
    task.kind = input.kind();
    task.action = input.action();
    task.ownerGroup = input.ownerGroup();
    if (owner != null) {
      task.ownerSubject = owner.subject();
      task.ownerName = owner.displayName();
    }
    task.critical = input.critical();
    task.status = IncidentTask.Status.OPEN;
    task.createdAt = clock.instant();
    task.dueAt = input.dueAt().toInstant();
    return task;
  }

  /** The named owner as the platform knows them; they must belong to the task's group. */
  private Uni<PersonService.Member> owner(CreateTask input) {
    if (input.owner() == null) {
      return Uni.createFrom().nullItem();
    }
    return people
        .memberWithRole(input.owner().subject(), input.ownerGroup().role())
        .invoke(
            member -> {
              if (member == null) {
                throw ProblemException.invalid("owner", "owner-not-member", input.ownerGroup());
              }
            });
  }

  @WithTransaction
  public Uni<TaskView> startTask(long incidentId, long taskId, Actor actor) {
    return moveTask(
        incidentId, taskId, actor, IncidentTask.Status.IN_PROGRESS, TimelineKind.TASK_STARTED);
  }

  @WithTransaction
  public Uni<TaskView> completeTask(long incidentId, long taskId, Actor actor) {
    return moveTask(
        incidentId, taskId, actor, IncidentTask.Status.DONE, TimelineKind.TASK_COMPLETED);
  }

  private Uni<TaskView> moveTask(
      long incidentId, long taskId, Actor actor, IncidentTask.Status to, TimelineKind kind) {
    Map<Long, IncidentTask.Status> previous = new java.util.HashMap<>();
    return lockActive(incidentId, new Doing("change-task"))
        .chain(incident -> tasks.findById(taskId))
        .map(
            task -> {
              if (task == null || task.incidentId != incidentId) {
                throw ProblemException.notFound("Task", taskId);
              }
              boolean owner = actor.subject().equals(task.ownerSubject);
              if (!owner
                  && !actor.hasRole(Roles.COMMANDER)
                  && !actor.hasRole(task.ownerGroup.role())) {
                throw ProblemException.forbidden(
                    new Reason("reason.task-other-group", task.ownerGroup));
              }
              if (task.status == IncidentTask.Status.DONE
                  || (to == IncidentTask.Status.IN_PROGRESS
                      && task.status != IncidentTask.Status.OPEN)) {
                throw ProblemException.conflict(
                    new Reason(
                        "reason.task-status",
                        new Reason("task.status." + task.status),
                        new Reason("task.status." + to)));
              }
              Instant now = clock.instant();
              previous.put(task.id, task.status);
              task.status = to;
              if (to == IncidentTask.Status.IN_PROGRESS) {
                task.startedAt = now;
              } else {
                task.completedAt = now;
              }
              return task;
            })
        .call(
            task ->
                timeline.persist(
                    Timeline.entry(incidentId, kind, actor, task.title, clock.instant())))
        .call(task -> tasks.flush())
        .map(task -> toView(task, clock.instant()))
        .call(
            task ->
                audit.record(
                    actor,
                    to == IncidentTask.Status.DONE ? "task.completed" : "task.started",
                    "incident-task",
                    task.id(),
                    Map.of("status", previous.get(task.id())),
                    task));
  }

  @WithSession
  public Uni<List<VerificationView>> listVerification(long incidentId) {
    return incidents
        .require(incidentId)
        .chain(incident -> checks.forIncident(incident.id))
        .map(items -> items.stream().map(ResponseWork::toView).toList());
  }

  @WithTransaction
  public Uni<VerificationView> signOff(long incidentId, long itemId, SignOff input, Actor actor) {
    Map<Long, VerificationItem.Status> before = new java.util.HashMap<>();
    return incidents
        .requireLocked(incidentId)
        .chain(
            incident -> {
              if (incident.status != IncidentStatus.VERIFYING) {
                throw ProblemException.conflict(
                    new Reason("reason.sign-off-during-verification", incident.status));
              }
              return checks.findById(itemId);
            })
        .map(
            item -> {
              if (item == null || item.incidentId != incidentId) {
                throw ProblemException.notFound("Verification item", itemId);
              }
              if (!actor.hasRole(item.ownerGroup.role())) {
                throw ProblemException.forbidden(
                    new Reason("reason.check-other-group", item.ownerGroup));
              }
              if (input.result() == VerificationItem.Status.PENDING) {
                throw ProblemException.invalid("result", "one-of", "PASSED, FAILED");
              }
              before.put(item.id, item.status);
              item.status = input.result();
              item.note = input.note() == null ? null : input.note().strip();
              item.signedSubject = actor.subject();
              item.signedName = actor.displayName();
              item.signedAt = clock.instant();
              return item;
            })
        .call(
            item ->
                timeline.persist(
                    Timeline.entry(
                        incidentId,
                        TimelineKind.VERIFICATION_SIGNED,
                        actor,
                        item.label + ": " + item.status,
                        clock.instant())))
        .map(ResponseWork::toView)
        .call(
            item ->
                audit.record(
                    actor,
                    "verification.signed",
                    "verification-item",
                    item.id(),
                    Map.of("status", before.get(item.id())),
                    item));
  }

  @WithSession
  public Uni<List<RoleView>> listRoles(long incidentId) {
    return incidents
        .require(incidentId)
        .chain(incident -> roles.forIncident(incident.id))
        .map(
            found ->
                found.stream()
                    .map(r -> new RoleView(r.role, new Person(r.personSubject, r.personName)))
                    .toList());
  }

  @WithSession
  public Uni<AssessmentView> latestAssessment(long incidentId) {
    return incidents
        .require(incidentId)
        .chain(incident -> assessments.latestFor(incident.id))
        .onItem()
        .ifNull()
        .failWith(() -> ProblemException.notFound("assessment", incidentId))
        .map(
            a ->
                new AssessmentView(
                    List.of(a.affectedModules),
                    List.of(a.businessLines),
                    List.of(a.coreFlowsDown),
                    a.ordersAffectedPerHour,
                    a.expectedRecoveryMinutes,
                    a.estimatedLoss,
                    a.proposedGrade,
                    java.util.Arrays.stream(a.reasons).map(ResponseWork::reason).toList(),
                    new Person(a.assessedBySubject, a.assessedByName),
                    a.assessedAt));
  }

  /**
   * What the caller was doing, for a refusal in either language: {@code key} names it in the
   * problem bundles ({@code reason.doing.<key>}: add-task, change-task, post-update).
   */
  record Doing(String key) {}

  /** The incident, locked until the transaction ends, if it is still active. */
  Uni<Incident> lockActive(long incidentId, Doing action) {
    return incidents
        .requireLocked(incidentId)
        .invoke(
            incident -> {
              if (!incident.isActive()) {
                throw ProblemException.conflict(
                    new Reason(
                        "reason.incident-closed",
                        incident.status,
                        new Reason("reason.doing." + action.key())));
              }
            });
  }

  /** Stored as {@code MEASURE>=threshold}. */
  private static GradingApi.GradingReason reason(String stored) {
    int split = stored.indexOf(">=");
    return new GradingApi.GradingReason(
        GradingRule.Measure.valueOf(stored.substring(0, split)),
        new java.math.BigDecimal(stored.substring(split + 2)));
  }

  static TaskView toView(IncidentTask task, Instant now) {
    return new TaskView(
        task.id,
        task.title,
        task.kind,
        task.action,
        task.ownerGroup,
        task.ownerSubject == null ? null : new Person(task.ownerSubject, task.ownerName),
        task.critical,
        task.status,
        task.dueAt,
        task.status != IncidentTask.Status.DONE && task.dueAt.isBefore(now),
        task.startedAt,
        task.completedAt);
  }

  static VerificationView toView(VerificationItem item) {
    return new VerificationView(
        item.id,
        item.area,
        item.label,
        item.ownerGroup,
        item.status,
        item.note,
        item.signedSubject == null ? null : new Person(item.signedSubject, item.signedName),
        item.signedAt);
  }
}
