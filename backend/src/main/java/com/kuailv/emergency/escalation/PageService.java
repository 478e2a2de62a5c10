package com.kuailv.emergency.escalation;

import com.kuailv.emergency.audit.AuditService;
import com.kuailv.emergency.common.error.ProblemException;
import com.kuailv.emergency.common.error.ProblemType;
import com.kuailv.emergency.common.error.Reason;
import com.kuailv.emergency.common.security.Actor;
import com.kuailv.emergency.escalation.EscalationApi.PageView;
import com.kuailv.emergency.escalation.EscalationApi.PagedPerson;
import com.kuailv.emergency.incident.IncidentApi.IncidentView;
import com.kuailv.emergency.incident.IncidentApi.TimelineText;
import com.kuailv.emergency.incident.IncidentService;
import com.kuailv.emergency.incident.TimelineKind;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Map;
import java.util.Set;

/**
 * The phone page behind a page's link: what the person was paged for and who else was, and the
 * acknowledgement. The link alone never acts: the caller signs in, and only the paged person
 * acknowledges, once, before the link expires. Acknowledging stops the escalation; when the person
 * may acknowledge incidents (commander, tech) and it is still REPORTED, it acknowledges the
 * incident too (that is its MTTA); anyone else's acknowledgement never moves the incident.
 */
@ApplicationScoped
public class PageService {
  private final PageRepository pages;
  private final EscalationRepository escalations;
  private final IncidentService incidents;
  private final Clock clock;
  private final AuditService audit;

  PageService(
      PageRepository pages,
      EscalationRepository escalations,
      IncidentService incidents,
      Clock clock,
      AuditService audit) {
    this.audit = audit;
    this.pages = pages;
    this.escalations = escalations;
    this.incidents = incidents;
    this.clock = clock;
  }

  /** The page a link stands for; 404 for an unknown token. */
  @WithSession
  public Uni<PageView> view(String token, Actor caller) {
    return find(token).chain(page -> viewOf(page, caller, null));
  }

  /**
   * Acknowledges the page as the signed-in caller; 403 for someone else's page, 410 for an expired
   * link, 409 for one already acknowledged.
   */
  @WithTransaction
  public Uni<PageView> acknowledge(String token, Actor caller) {
    return find(token)
        .chain(
            page -> {
              if (!page.personSubject.equals(caller.subject())) {
                throw ProblemException.forbidden(
                    new Reason("reason.page-not-yours", page.personName));
              }
              if (page.acknowledgedAt != null) {
                throw ProblemException.conflict(new Reason("reason.page-already-acked"));
              }
              if (!clock.instant().isBefore(page.expiresAt)) {
                throw ProblemException.of(ProblemType.GONE, new Reason("reason.page-expired"));
              }
              page.acknowledgedAt = clock.instant();
              Map<String, Object> after =
                  Map.of(
                      "incidentId", page.incidentId,
                      "person", page.personName,
                      "acknowledgedAt", page.acknowledgedAt.toString());
              return audit
                  .record(
                      caller,
                      "page.acknowledged",
                      "page",
                      page.id,
                      Map.of("incidentId", page.incidentId, "person", page.personName),
                      after)
                  .chain(
                      () ->
                          escalations
                              .findById(page.escalationId)
                              .invoke(
                                  escalation -> {
                                    if (escalation.status == Escalation.Status.ACTIVE) {
                                      escalation.status = Escalation.Status.ACKNOWLEDGED;
                                      escalation.endedAt = page.acknowledgedAt;
                                      escalation.endedByName = caller.displayName();
                                    }
                                  })
                              .call(
                                  () ->
                                      incidents.noteFromSystem(
                                          page.incidentId,
                                          TimelineKind.PAGE_ACKNOWLEDGED,
                                          TimelineText.of(
                                              "page.acknowledged", caller.displayName()),
                                          caller))
                              .chain(() -> incidents.acknowledgeIfReported(page.incidentId, caller))
                              .chain(moved -> viewOf(page, caller, moved)));
            });
  }

  private Uni<Page> find(String token) {
    if (token == null || token.length() < 20 || token.length() > 100) {
      throw ProblemException.of(ProblemType.NOT_FOUND, new Reason("reason.page-link-unknown"));
    }
    return pages
        .byTokenHash(EscalationService.hash(token))
        .map(
            page -> {
              if (page == null) {
                throw ProblemException.of(
                    ProblemType.NOT_FOUND, new Reason("reason.page-link-unknown"));
              }
              return page;
            });
  }

  /**
   * The page as shown; {@code acknowledgedIncident} says whether this acknowledgement moved the
   * incident, or null to read it back (the incident was acknowledged when the page was, or after).
   */
  private Uni<PageView> viewOf(Page page, Actor caller, Boolean acknowledgedIncident) {
    return incidents
        .getIncident(page.incidentId, Set.of(), false)
        .chain(
            (IncidentView incident) ->
                pages
                    .sameStep(page)
                    .map(
                        all ->
                            new PageView(
                                incident.id(),
                                incident.title(),
                                incident.status().name(),
                                incident.grade() == null ? null : incident.grade().name(),
                                page.personName,
                                page.personSubject.equals(caller.subject()),
                                page.createdAt,
                                page.expiresAt,
                                page.acknowledgedAt,
                                all.stream()
                                    .map(
                                        p ->
                                            new PagedPerson(
                                                p.personName, p.groupCode, p.acknowledgedAt))
                                    .toList(),
                                acknowledgedIncident != null
                                    ? acknowledgedIncident
                                    : page.acknowledgedAt != null
                                        && incident.acknowledgedAt() != null
                                        && !incident
                                            .acknowledgedAt()
                                            .isBefore(page.acknowledgedAt))));
  }
}
