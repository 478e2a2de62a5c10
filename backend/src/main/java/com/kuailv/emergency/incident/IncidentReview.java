package com.kuailv.emergency.incident;

import com.kuailv.emergency.audit.AuditService;
import com.kuailv.emergency.common.error.ProblemException;
import com.kuailv.emergency.common.error.ProblemType;
import com.kuailv.emergency.common.error.Reason;
import com.kuailv.emergency.common.security.Actor;
import com.kuailv.emergency.incident.IncidentActions.Facts;
import com.kuailv.emergency.incident.IncidentApi.Person;
import com.kuailv.emergency.incident.ReviewApi.ActionView;
import com.kuailv.emergency.incident.ReviewApi.FileAction;
import com.kuailv.emergency.incident.ReviewApi.PostmortemView;
import com.kuailv.emergency.incident.ReviewApi.WritePostmortem;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;

/** After the event: the postmortem (with the timeline assembled) and improvement actions. */
@ApplicationScoped
public class IncidentReview {
  private final IncidentRepository incidents;
  private final TimelineRepository timeline;
  private final PostmortemRepository postmortems;
  private final ImprovementActionRepository actions;
  private final Clock clock;

  private final AuditService audit;

  IncidentReview(
      IncidentRepository incidents,
      TimelineRepository timeline,
      PostmortemRepository postmortems,
      ImprovementActionRepository actions,
      Clock clock,
      AuditService audit) {
    this.audit = audit;
    this.incidents = incidents;
    this.timeline = timeline;
    this.postmortems = postmortems;
    this.actions = actions;
    this.clock = clock;
  }

  @WithTransaction
  public Uni<PostmortemView> writePostmortem(
      long incidentId, Long expectedVersion, WritePostmortem input, Actor actor) {
    return incidents
        .require(incidentId)
        .invoke(incident -> IncidentActions.require("postmortem", incident, Facts.NONE))
        .chain(incident -> postmortems.findById(incidentId))
        .chain(
            existing -> {
              PostmortemText before = existing == null ? null : PostmortemText.of(existing);
              if (existing != null && expectedVersion == null) {
                throw ProblemException.of(
                    ProblemType.PRECONDITION_REQUIRED, new Reason("reason.postmortem-exists"));
              }
              if (existing != null && existing.version != expectedVersion) {
                throw ProblemException.stale("postmortem");
              }
              Postmortem postmortem = existing == null ? new Postmortem() : existing;
              postmortem.incidentId = incidentId;
              postmortem.causeCategory = input.causeCategory().strip();
              postmortem.causeDescription = input.causeDescription().strip();
              postmortem.wentWell = input.wentWell().strip();
              postmortem.wentBadly = input.wentBadly().strip();
              postmortem.lessons = input.lessons().strip();
              postmortem.writtenSubject = actor.subject();
              postmortem.writtenName = actor.displayName();
              postmortem.writtenAt = clock.instant();
              Uni<Postmortem> saved =
                  existing == null
                      ? postmortems.persist(postmortem)
                      : Uni.createFrom().item(postmortem);
              return saved
                  .call(
                      p ->
                          timeline.persist(
                              Timeline.entry(
                                  incidentId,
                                  TimelineKind.POSTMORTEM_WRITTEN,
                                  actor,
                                  p.causeCategory,
                                  p.writtenAt)))
                  .call(
                      p ->
                          audit.record(
                              actor,
                              "postmortem.written",
                              "postmortem",
                              incidentId,
                              before,
                              PostmortemText.of(p)));
            })
        .chain(ignored -> postmortems.flush())
        .chain(ignored -> readPostmortem(incidentId));
  }

  @WithSession
  public Uni<PostmortemView> getPostmortem(long incidentId) {
    return readPostmortem(incidentId);
  }

  private Uni<PostmortemView> readPostmortem(long incidentId) {
    return postmortems
        .findById(incidentId)
        .onItem()
        .ifNull()
        .failWith(() -> ProblemException.notFound("postmortem", incidentId))
        .chain(
            p ->
                timeline
                    .forIncident(incidentId)
                    .chain(
                        entries ->
                            actions
                                .forIncident(incidentId)
                                .map(
                                    filed ->
                                        new PostmortemView(
                                            p.causeCategory,
                                            p.causeDescription,
                                            p.wentWell,
                                            p.wentBadly,
                                            p.lessons,
                                            new Person(p.writtenSubject, p.writtenName),
                                            p.writtenAt,
                                            p.version,
                                            entries.stream().map(IncidentMapper::toView).toList(),
                                            filed.stream().map(IncidentReview::toView).toList()))));
  }

  @WithTransaction
  public Uni<ActionView> fileAction(long incidentId, FileAction input, Actor actor) {
    return incidents
        .require(incidentId)
        .chain(
            incident -> {
              if (incident.status != IncidentStatus.RESOLVED
                  && incident.status != IncidentStatus.REVIEWED) {
                throw ProblemException.conflict(
                    new Reason("reason.improvements-after-resolve", incident.status));
              }
              Instant now = clock.instant();
              ImprovementAction action = new ImprovementAction();
              action.incidentId = incidentId;
              action.title = input.title().strip();
              action.ownerName = input.ownerName().strip();
              action.dueDate = input.dueDate();
              action.status = "OPEN";
              action.createdAt = now;
              return actions
                  .persist(action)
                  .call(
                      saved ->
                          timeline.persist(
                              Timeline.entry(
                                  incidentId, TimelineKind.ACTION_FILED, actor, saved.title, now)));
            })
        .map(IncidentReview::toView)
        .call(
            filed ->
                audit.record(
                    actor,
                    "improvement-action.filed",
                    "improvement-action",
                    filed.id(),
                    null,
                    filed));
  }

  /** What the audit log keeps of a postmortem: its text and who wrote it. */
  record PostmortemText(
      String causeCategory,
      String causeDescription,
      String wentWell,
      String wentBadly,
      String lessons,
      String writtenBy) {
    static PostmortemText of(Postmortem p) {
      return new PostmortemText(
          p.causeCategory, p.causeDescription, p.wentWell, p.wentBadly, p.lessons, p.writtenName);
    }
  }

  static ActionView toView(ImprovementAction action) {
    return new ActionView(action.id, action.title, action.ownerName, action.dueDate, action.status);
  }
}
