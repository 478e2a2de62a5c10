package com.kuailv.emergency.incident;

import com.kuailv.emergency.audit.AuditService;
import com.kuailv.emergency.common.error.ProblemException;
import com.kuailv.emergency.common.security.Actor;
import com.kuailv.emergency.incident.IncidentApi.Person;
import com.kuailv.emergency.incident.ResponseApi.PostStatusUpdate;
import com.kuailv.emergency.incident.ResponseApi.StatusUpdateView;
import com.kuailv.emergency.notification.NotificationService;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Structured internal status updates (the plan's internal communication): the current state, the
 * impact, the next steps and when the next update is due. Each is kept, put on the timeline (which
 * restarts the update-reminder clock) and sent to the groups the notification rules name for the
 * incident's grade (by default the communications and command groups and those the response matrix
 * mobilizes; before grading, those two and the technical team).
 */
@ApplicationScoped
public class StatusUpdates {
  /** The next update when the caller names none and the incident is not graded yet. */
  static final Duration UNGRADED_CADENCE = Duration.ofMinutes(30);

  /** The latest a next update may be promised. */
  static final Duration LONGEST_PROMISE = Duration.ofHours(24);

  private final ResponseWork work;
  private final IncidentRepository incidents;
  private final StatusUpdateRepository updates;
  private final TimelineRepository timeline;
  private final ResponseMatrixRepository matrix;
  private final NotificationService notifications;
  private final AuditService audit;
  private final Clock clock;

  StatusUpdates(
      ResponseWork work,
      IncidentRepository incidents,
      StatusUpdateRepository updates,
      TimelineRepository timeline,
      ResponseMatrixRepository matrix,
      NotificationService notifications,
      AuditService audit,
      Clock clock) {
    this.work = work;
    this.incidents = incidents;
    this.updates = updates;
    this.timeline = timeline;
    this.matrix = matrix;
    this.notifications = notifications;
    this.audit = audit;
    this.clock = clock;
  }

  /** The incident's updates, newest first; 404 for an unknown incident. */
  @WithSession
  public Uni<List<StatusUpdateView>> list(long incidentId) {
    return incidents
        .require(incidentId)
        .chain(() -> updates.forIncident(incidentId))
        .map(found -> found.stream().map(StatusUpdates::view).toList());
  }

  /**
   * Posts an update on an active incident (409 once it has ended); {@code nextUpdateAt} must be
   * after now and within 24 hours (400 naming it). Answers the stored update.
   */
  @WithTransaction
  public Uni<StatusUpdateView> post(long incidentId, PostStatusUpdate input, Actor actor) {
    Instant now = clock.instant();
    if (input.nextUpdateAt() != null && input.nextUpdateInMinutes() != null) {
      throw ProblemException.invalid("nextUpdateInMinutes", "next-update-both");
    }
    if (input.nextUpdateAt() != null
        && (!input.nextUpdateAt().isAfter(now)
            || input.nextUpdateAt().isAfter(now.plus(LONGEST_PROMISE)))) {
      throw ProblemException.invalid("nextUpdateAt", "next-update-window");
    }
    return work.lockActive(incidentId, new ResponseWork.Doing("post-update"))
        .chain(
            incident ->
                (incident.grade == null
                        ? Uni.createFrom().<ResponseMatrixEntry>nullItem()
                        : matrix.findById(incident.grade))
                    .chain(
                        entry -> {
                          StatusUpdate update = new StatusUpdate();
                          update.incidentId = incidentId;
                          update.currentState = input.currentState().strip();
                          update.impact = input.impact().strip();
                          update.nextSteps = input.nextSteps().strip();
                          update.nextUpdateAt =
                              input.nextUpdateAt() != null
                                  ? input.nextUpdateAt()
                                  : input.nextUpdateInMinutes() != null
                                      ? now.plus(Duration.ofMinutes(input.nextUpdateInMinutes()))
                                      : now.plus(
                                          entry == null
                                              ? UNGRADED_CADENCE
                                              : Duration.ofMinutes(entry.updateMinutes));
                          update.authorSubject = actor.subject();
                          update.authorName = actor.displayName();
                          update.createdAt = now;
                          return updates
                              .persist(update)
                              .call(
                                  saved ->
                                      timeline.persist(
                                          Timeline.entry(
                                              incidentId,
                                              TimelineKind.STATUS_UPDATE,
                                              actor,
                                              saved.currentState,
                                              now)))
                              .call(saved -> notify(incident, saved));
                        }))
        .map(StatusUpdates::view)
        .call(
            view ->
                audit.record(actor, "incident.status-updated", "incident", incidentId, null, view));
  }

  private Uni<Void> notify(Incident incident, StatusUpdate update) {
    String grade = incident.grade == null ? null : incident.grade.name();
    String payload =
        new JsonObject(NotificationService.payload(incident.id, grade, incident.title))
            .put(
                "update",
                new JsonObject()
                    .put("currentState", update.currentState)
                    .put("impact", update.impact)
                    .put("nextSteps", update.nextSteps)
                    .put("nextUpdateAt", update.nextUpdateAt.toString()))
            .encode();
    return notifications
        .notifyByRule("status-update:" + update.id, incident.id, "status-update", grade, payload)
        .replaceWithVoid();
  }

  static StatusUpdateView view(StatusUpdate u) {
    return new StatusUpdateView(
        u.id,
        u.incidentId,
        u.currentState,
        u.impact,
        u.nextSteps,
        u.nextUpdateAt,
        new Person(u.authorSubject, u.authorName),
        u.createdAt);
  }
}
