package com.kuailv.emergency.incident;

import com.kuailv.emergency.audit.AuditService;
import com.kuailv.emergency.common.error.ProblemException;
import com.kuailv.emergency.common.paging.PageResponse;
import com.kuailv.emergency.common.security.Actor;
import com.kuailv.emergency.incident.IncidentApi.IncidentView;
import com.kuailv.emergency.incident.IncidentApi.ReportIncident;
import com.kuailv.emergency.incident.IncidentApi.TimelineEntryView;
import com.kuailv.emergency.incident.IncidentApi.TimelineText;
import com.kuailv.emergency.notification.NotificationService;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Reports incidents and reads them back; every change writes its timeline entry. */
@ApplicationScoped
public class IncidentService {
  static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);

  /** What systems (alert intake, escalation) may write on a timeline. */
  static final java.util.Set<TimelineKind> SYSTEM_NOTES =
      java.util.EnumSet.of(
          TimelineKind.ALERT_ACKNOWLEDGED,
          TimelineKind.ALERT_RESOLVED,
          TimelineKind.ALERT_RETRIGGERED,
          TimelineKind.PAGED,
          TimelineKind.PAGE_ACKNOWLEDGED,
          TimelineKind.ESCALATION_EXHAUSTED);

  private final IncidentRepository incidents;
  private final TimelineRepository timeline;
  private final IncidentListModel listModel;
  private final Clock clock;

  private final AuditService audit;
  private final ActionFacts actionFacts;
  private final NotificationService notifications;
  private final IncidentLifecycle lifecycle;
  private final jakarta.enterprise.inject.Instance<IncidentApi.ResponseListener> responseListeners;

  IncidentService(
      IncidentRepository incidents,
      TimelineRepository timeline,
      IncidentListModel listModel,
      Clock clock,
      AuditService audit,
      ActionFacts actionFacts,
      NotificationService notifications,
      IncidentLifecycle lifecycle,
      @jakarta.enterprise.inject.Any
          jakarta.enterprise.inject.Instance<IncidentApi.ResponseListener> responseListeners) {
    this.responseListeners = responseListeners;
    this.lifecycle = lifecycle;
    this.audit = audit;
    this.notifications = notifications;
    this.actionFacts = actionFacts;
    this.incidents = incidents;
    this.timeline = timeline;
    this.listModel = listModel;
    this.clock = clock;
  }

  /**
   * Reports an incident as a person does; see {@link #reportIncident(ReportIncident, Grade,
   * Actor)}.
   */
  public Uni<IncidentView> reportIncident(ReportIncident report, Actor reporter) {
    return reportIncident(report, null, reporter);
  }

  /**
   * Stores the incident as REPORTED with its first timeline entry, in the caller's transaction if
   * there is one. The proposed grade (null for none) is a suggestion for the assessment, as from an
   * alert's labels. Refuses (400) an occurrence more than 5 minutes ahead or an empty scope.
   */
  @WithTransaction
  public Uni<IncidentView> reportIncident(
      ReportIncident report, Grade proposedGrade, Actor reporter) {
    Instant now = clock.instant();
    Instant occurredAt = report.occurredAt().toInstant();
    if (occurredAt.isAfter(now.plus(FUTURE_TOLERANCE))) {
      return Uni.createFrom().failure(ProblemException.invalid("occurredAt", "not-future-5"));
    }
    if (report.scope().namesNothing()) {
      return Uni.createFrom().failure(ProblemException.invalid("scope", "scope-empty"));
    }
    Incident incident = new Incident();
    incident.title = report.title().strip();
    incident.phenomenon = report.phenomenon().strip();
    incident.occurredAt = occurredAt;
    incident.affectedSystems = IncidentMapper.toArray(report.scope().affectedSystems());
    incident.businessLines = IncidentMapper.namesOf(report.scope().businessLines());
    incident.regions = IncidentMapper.toArray(report.scope().regions());
    incident.contact = report.contact() == null ? null : report.contact().strip();
    incident.category = report.category() == null ? IncidentCategory.OTHER : report.category();
    incident.status = IncidentStatus.REPORTED;
    incident.proposedGrade = proposedGrade;
    incident.reporterSubject = reporter.subject();
    incident.reporterName = reporter.displayName();
    incident.reportedAt = now;
    incident.updatedAt = now;
    return incidents
        .persist(incident)
        .call(
            saved ->
                timeline.persist(
                    Timeline.entry(saved.id, TimelineKind.REPORTED, reporter, saved.title, now)))
        .map(IncidentMapper::toView)
        .call(
            view -> audit.record(reporter, "incident.reported", "incident", view.id(), null, view))
        .call(view -> notifyReported(view.id(), incident.title))
        .call(
            view -> {
              Uni<Void> chain = Uni.createFrom().voidItem();
              for (IncidentApi.ResponseListener listener : responseListeners) {
                chain = chain.call(() -> listener.incidentReported(view.id(), incident.title));
              }
              return chain;
            });
  }

  /**
   * A new incident reaches the groups the notification rules name (by default the command center
   * and the technical team, plan §四.一), before anyone grades it.
   */
  private Uni<Void> notifyReported(long id, String title) {
    return notifications
        .notifyByRule(
            "incident:" + id + ":reported",
            id,
            "reported",
            null,
            NotificationService.payload(id, null, title))
        .replaceWithVoid();
  }

  /**
   * Acknowledges the incident as {@code actor} if it is still REPORTED (a commander or tech
   * acknowledging their page): the acknowledgement that counts for MTTA. Answers whether it moved;
   * 403 for an actor without {@code incident:acknowledge}. Joins the caller's transaction.
   */
  @WithTransaction
  public Uni<Boolean> acknowledgeIfReported(long id, Actor actor) {
    if (!com.kuailv.emergency.common.security.Permissions.of(actor.roles())
        .contains(com.kuailv.emergency.common.security.Permissions.INCIDENT_ACKNOWLEDGE)) {
      return Uni.createFrom().item(false);
    }
    return incidents
        .require(id)
        .chain(
            incident ->
                incident.status != IncidentStatus.REPORTED
                    ? Uni.createFrom().item(false)
                    : lifecycle.acknowledge(id, incident.version, actor).replaceWith(true));
  }

  /**
   * Adds a timeline entry written by a system (alert intake), in the caller's transaction if there
   * is one; the incident itself does not change. Kinds: {@link #SYSTEM_NOTES}.
   */
  @WithTransaction
  public Uni<Void> noteFromSystem(long incidentId, TimelineKind kind, String message, Actor by) {
    return note(Timeline.entry(incidentId, kind, by, message, clock.instant()), by);
  }

  /** The same, with a text each reader sees in their own language (see {@link TimelineText}). */
  @WithTransaction
  public Uni<Void> noteFromSystem(long incidentId, TimelineKind kind, TimelineText text, Actor by) {
    return note(Timeline.entry(incidentId, kind, by, text, clock.instant()), by);
  }

  private Uni<Void> note(TimelineEntry entry, Actor by) {
    if (!SYSTEM_NOTES.contains(entry.kind)) {
      return Uni.createFrom()
          .failure(new IllegalArgumentException("not a system note: " + entry.kind));
    }
    return timeline
        .persist(entry)
        .map(IncidentMapper::toView)
        .call(
            view ->
                audit.record(
                    by,
                    IncidentLifecycle.auditAction(entry.kind),
                    "incident",
                    entry.incidentId,
                    null,
                    view))
        .replaceWithVoid();
  }

  /**
   * The incidents still being handled (reported, assessing, responding, verifying), newest report
   * first, at most {@code limit}, with how many there are in all (a hand-over lists them).
   */
  public Uni<PageResponse<IncidentView>> openIncidents(int limit) {
    return listIncidents(
        new IncidentFilter(
            java.util.EnumSet.of(
                IncidentStatus.REPORTED,
                IncidentStatus.ASSESSING,
                IncidentStatus.RESPONDING,
                IncidentStatus.VERIFYING),
            Set.of(),
            Set.of(),
            null,
            null,
            null),
        IncidentSort.REPORTED_DESC,
        0,
        limit);
  }

  public Uni<PageResponse<IncidentView>> listIncidents(
      IncidentFilter filter, IncidentSort sort, int page, int size) {
    PageResponse<IncidentView> fromMemory = listModel.page(filter, sort, page, size);
    return fromMemory != null
        ? Uni.createFrom().item(fromMemory)
        : loadPage(filter, sort, page, size);
  }

  private Uni<PageResponse<IncidentView>> loadPage(
      IncidentFilter filter, IncidentSort sort, int page, int size) {
    return incidents
        .findPage(filter, sort.sort, page, size)
        .chain(
            found ->
                incidents
                    .countWith(filter)
                    .map(
                        total ->
                            new PageResponse<>(
                                found.stream().map(IncidentMapper::toView).toList(),
                                page,
                                size,
                                total)));
  }

  /**
   * The incident's status and report time for routing alerts to it, share-locked until the caller's
   * transaction ends: an incident being ended waits for the routing, or the routing sees it ended,
   * so no alert joins an incident whose end did not see it. Null when there is none.
   */
  @WithSession
  public Uni<IncidentApi.RoutingState> lockForRouting(long id) {
    return incidents
        .findById(id, jakarta.persistence.LockModeType.PESSIMISTIC_READ)
        .map(
            found ->
                found == null
                    ? null
                    : new IncidentApi.RoutingState(found.status, found.reportedAt));
  }

  /** Whether incident {@code id} exists (other features check their references with it). */
  @WithSession
  public Uni<Boolean> exists(long id) {
    return incidents.count("id", id).map(count -> count > 0);
  }

  @WithSession
  public Uni<IncidentView> getIncident(long id) {
    return incidents.require(id).map(IncidentMapper::toView);
  }

  /**
   * The incident as this caller (their realm roles) sees it: with every lifecycle action they may
   * take now, and why not, in English when {@code english} and Chinese otherwise. 404 when absent.
   */
  @WithSession
  public Uni<IncidentView> getIncident(long id, Set<String> roles, boolean english) {
    return incidents
        .require(id)
        .chain(
            incident ->
                actionFacts
                    .of(id)
                    .map(
                        facts ->
                            IncidentMapper.toView(incident)
                                .withAllowedActions(
                                    IncidentActions.of(incident, facts, roles, english))));
  }

  /** The incident's timeline, oldest first, as a reader of English or Chinese sees it. */
  @WithSession
  public Uni<List<TimelineEntryView>> timelineOf(long id, boolean english) {
    return incidents
        .require(id)
        .chain(incident -> timeline.forIncident(incident.id))
        .map(entries -> entries.stream().map(e -> IncidentMapper.toView(e, english)).toList());
  }
}
