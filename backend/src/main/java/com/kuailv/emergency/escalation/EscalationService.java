package com.kuailv.emergency.escalation;

import com.kuailv.emergency.common.security.Actor;
import com.kuailv.emergency.common.security.Roles;
import com.kuailv.emergency.incident.IncidentApi;
import com.kuailv.emergency.incident.IncidentApi.IncidentView;
import com.kuailv.emergency.incident.IncidentApi.TimelineText;
import com.kuailv.emergency.incident.IncidentService;
import com.kuailv.emergency.incident.IncidentStatus;
import com.kuailv.emergency.incident.TimelineKind;
import com.kuailv.emergency.notification.Delivery;
import com.kuailv.emergency.notification.NotificationService;
import com.kuailv.emergency.notification.PreferenceService;
import com.kuailv.emergency.org.OrgApi.Contact;
import com.kuailv.emergency.org.PersonService;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs escalation policies: a reported incident starts the default policy at once; each due step
 * pages its target (an @-mention in the group's chat, with a single-use acknowledge link), then
 * waits; after the last step the policy repeats up to its repeat count, then gives up, saying so on
 * the timeline. Paging stops the moment the incident or a page is acknowledged, or it ends.
 */
@ApplicationScoped
public class EscalationService implements IncidentApi.ResponseListener, IncidentApi.EndListener {
  static final Actor ESCALATION = new Actor("system:escalation", "escalation", "升级策略", Set.of());
  private static final SecureRandom RANDOM = new SecureRandom();

  /** Escalations advanced per transaction; a round goes on until none is due. */
  private static final int BATCH = 20;

  private final PolicyRepository policies;
  private final StepRepository steps;
  private final EscalationRepository escalations;
  private final PageRepository pages;
  private final PersonService people;
  private final IncidentService incidents;
  private final NotificationService notifications;
  private final PreferenceService preferences;
  private final Clock clock;
  private final Duration linkValid;

  EscalationService(
      PolicyRepository policies,
      StepRepository steps,
      EscalationRepository escalations,
      PageRepository pages,
      PersonService people,
      IncidentService incidents,
      NotificationService notifications,
      PreferenceService preferences,
      Clock clock,
      @ConfigProperty(name = "kuailv.escalation.link-valid") Duration linkValid) {
    this.policies = policies;
    this.steps = steps;
    this.escalations = escalations;
    this.pages = pages;
    this.people = people;
    this.incidents = incidents;
    this.notifications = notifications;
    this.preferences = preferences;
    this.clock = clock;
    this.linkValid = linkValid;
  }

  /** Starts the default policy for a newly reported incident and fires its first step now. */
  @Override
  public Uni<Void> incidentReported(long incidentId, String title) {
    return policies
        .findDefault()
        .chain(
            policy -> policy == null ? Uni.createFrom().voidItem() : start(incidentId, policy.id));
  }

  /**
   * Runs a policy for an incident from its first step, fired now; an escalation already running for
   * the incident is stopped first (one runs at a time). Joins the caller's transaction.
   */
  @WithTransaction
  public Uni<Void> start(long incidentId, long policyId) {
    return stop(incidentId, Escalation.Status.STOPPED, null)
        .chain(escalations::flush)
        .chain(
            () -> {
              Escalation escalation = new Escalation();
              escalation.incidentId = incidentId;
              escalation.policyId = policyId;
              escalation.stepIndex = 0;
              escalation.round = 0;
              escalation.status = Escalation.Status.ACTIVE;
              escalation.createdAt = clock.instant();
              escalation.nextAt = escalation.createdAt;
              return escalations
                  .persist(escalation)
                  .chain(saved -> advance(saved, clock.instant()));
            });
  }

  /**
   * Starts the policy that runs after activation at the grade, if one does; any escalation still
   * running for the incident is stopped first, and stopped too when no policy runs at the new grade
   * (re-graded down, the former grade's pages end).
   */
  @Override
  public Uni<Void> responseActivated(long incidentId, com.kuailv.emergency.incident.Grade grade) {
    return grade == null
        ? Uni.createFrom().voidItem()
        : policies
            .afterActivation(grade.name())
            .chain(
                policy ->
                    policy == null
                        ? stop(incidentId, Escalation.Status.STOPPED, null)
                        : start(incidentId, policy.id));
  }

  @Override
  public Uni<Void> incidentAcknowledged(long incidentId, Actor by) {
    return stop(incidentId, Escalation.Status.ACKNOWLEDGED, by.displayName());
  }

  @Override
  public Uni<Void> incidentEnded(long incidentId, IncidentStatus status, Instant endedAt) {
    return stop(incidentId, Escalation.Status.STOPPED, null);
  }

  /**
   * Ends the incident's running escalation, if any, so nobody else is paged, and cancels its page
   * messages still waiting to go out.
   */
  Uni<Void> stop(long incidentId, Escalation.Status how, String byName) {
    return escalations
        .activeFor(incidentId)
        .invoke(
            escalation -> {
              if (escalation != null) {
                escalation.status = how;
                escalation.endedAt = clock.instant();
                escalation.endedByName = byName;
              }
            })
        .call(() -> notifications.cancelPending(incidentId, "incident.paged"))
        .replaceWithVoid();
  }

  @Scheduled(
      every = "${kuailv.escalation.check-every}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> fireDueNow() {
    return fireDue(clock.instant()).replaceWithVoid();
  }

  /**
   * Fires every step due at {@code now} (the scheduler passes the clock; tests pass a later instant
   * to move time on without waiting). Answers how many escalations moved.
   */
  public Uni<Integer> fireDue(Instant now) {
    return Panache.withTransaction(
            () ->
                escalations
                    .lockDue(now, BATCH)
                    .chain(
                        due -> {
                          Uni<Void> chain = Uni.createFrom().voidItem();
                          for (Escalation escalation : due) {
                            chain = chain.call(() -> advance(escalation, now));
                          }
                          return chain.replaceWith(due.size());
                        }))
        .chain(
            moved ->
                moved < BATCH
                    ? Uni.createFrom().item(moved)
                    : fireDue(now).map(more -> moved + more));
  }

  /** Fires the escalation's next step (or repeats, or gives up) and schedules the one after. */
  private Uni<Void> advance(Escalation escalation, Instant now) {
    return steps
        .of(escalation.policyId)
        .chain(
            ordered ->
                policies
                    .findById(escalation.policyId)
                    .chain(
                        policy -> {
                          if (escalation.stepIndex >= ordered.size()) {
                            if (policy != null && escalation.round < policy.repeatTimes) {
                              escalation.round++;
                              escalation.stepIndex = 0;
                            } else {
                              escalation.status = Escalation.Status.EXHAUSTED;
                              escalation.endedAt = now;
                              return incidents.noteFromSystem(
                                  escalation.incidentId,
                                  TimelineKind.ESCALATION_EXHAUSTED,
                                  TimelineText.of("escalation.exhausted", escalation.round + 1),
                                  ESCALATION);
                            }
                          }
                          EscalationStep step = ordered.get(escalation.stepIndex);
                          escalation.stepIndex++;
                          escalation.nextAt = now.plus(Duration.ofMinutes(step.waitMinutes));
                          return fire(escalation, step, now);
                        }));
  }

  /** Pages the step's target: who that is now, the message in their group's chat, the timeline. */
  private Uni<Void> fire(Escalation escalation, EscalationStep step, Instant now) {
    String group =
        switch (step.targetKind) {
          case COMMANDER -> "COMMAND";
          case PERSON -> step.groupCode == null ? "COMMAND" : step.groupCode;
          default -> step.groupCode;
        };
    Uni<PersonService.Member> who =
        switch (step.targetKind) {
          case ON_DUTY, COMMANDER -> people.onDutyWithRole(group, now, Roles.roleOf(group));
          case PERSON -> people.memberWithRole(step.personSubject, Roles.roleOf(group));
          default -> Uni.createFrom().nullItem();
        };
    return incidents
        .getIncident(escalation.incidentId)
        .chain(
            incident ->
                who.chain(
                    person ->
                        person == null
                            ? pageGroup(escalation, step, group, incident, targetName(step))
                            : people
                                .contactOf(person.subject())
                                .chain(
                                    contact ->
                                        pagePerson(
                                            escalation,
                                            step,
                                            group,
                                            incident,
                                            person,
                                            contact,
                                            targetName(step),
                                            now))));
  }

  private Uni<Void> pagePerson(
      Escalation escalation,
      EscalationStep step,
      String group,
      IncidentView incident,
      PersonService.Member person,
      Contact contact,
      String target,
      Instant now) {
    String token = newToken();
    Page page = new Page();
    page.escalationId = escalation.id;
    page.incidentId = escalation.incidentId;
    page.stepPosition = step.position;
    page.round = escalation.round;
    page.personSubject = person.subject();
    page.personName = person.displayName();
    page.groupCode = group;
    page.tokenHash = hash(token);
    page.expiresAt = now.plus(linkValid);
    page.createdAt = now;
    JsonObject mention =
        new JsonObject()
            .put("subject", person.subject())
            .put("name", person.displayName())
            .put("phone", contact == null ? null : contact.phone())
            .put("dingtalkId", contact == null ? null : contact.dingtalkId())
            .put("wecomId", contact == null ? null : contact.wecomId())
            .put("feishuId", contact == null ? null : contact.feishuId());
    String payload =
        new JsonObject(payloadOf(incident))
            .put("mentions", new JsonArray().add(mention))
            .put("ackPath", "/m/pages/" + token)
            .encode();
    TimelineText what =
        TimelineText.of(
            "escalation.paged." + step.targetKind, step.position, person.displayName(), target);
    return pages
        .persist(page)
        .call(
            saved ->
                notifications.enqueue(
                    "page:" + saved.id, escalation.incidentId, group, "incident.paged", payload))
        .call(saved -> reachDirectly("page:" + saved.id, step, person, incident))
        .call(
            saved ->
                incidents.noteFromSystem(
                    escalation.incidentId, TimelineKind.PAGED, what, ESCALATION))
        .replaceWithVoid();
  }

  /**
   * The page also reaches the person by SMS or e-mail where the step asks for it, their own
   * settings choose it for the incident's grade (or, before grading, the grade proposed), or the
   * grade is MAJOR; and by SMS when their group has no chat channel at all, so a page never goes
   * nowhere.
   */
  private Uni<Void> reachDirectly(
      String eventKey, EscalationStep step, PersonService.Member person, IncidentView incident) {
    // Before the commander grades, the grade an alert proposed counts: a critical alert at 4 a.m.
    // rings the phone.
    var effective = incident.grade() != null ? incident.grade() : incident.proposedGrade();
    String grade = effective == null ? null : effective.name();
    return preferences
        .mediaFor(person.subject(), grade)
        .chain(
            media -> {
              java.util.Arrays.stream(step.notifyBy)
                  .map(Delivery.Medium::valueOf)
                  .forEach(media::add);
              Uni<Void> chain = Uni.createFrom().voidItem();
              for (Delivery.Medium medium : media) {
                chain =
                    chain.call(
                        () ->
                            notifications.reach(
                                eventKey, person.subject(), person.displayName(), medium));
              }
              return chain.call(
                  () ->
                      notifications.reachBySmsIfNoChat(
                          eventKey, person.subject(), person.displayName()));
            });
  }

  private Uni<Void> pageGroup(
      Escalation escalation,
      EscalationStep step,
      String group,
      IncidentView incident,
      String target) {
    TimelineText what =
        TimelineText.of("escalation.group." + step.targetKind, step.position, "", target);
    return notifications
        .enqueue(
            "escalation:" + escalation.id + ":" + escalation.round + ":" + step.position,
            escalation.incidentId,
            group,
            "incident.paged",
            payloadOf(incident))
        .call(
            () ->
                incidents.noteFromSystem(
                    escalation.incidentId, TimelineKind.PAGED, what, ESCALATION))
        .replaceWithVoid();
  }

  /** The page's incident; before grading, with the grade an alert or assessment proposed. */
  private static String payloadOf(IncidentView incident) {
    JsonObject payload =
        new JsonObject(
            NotificationService.payload(
                incident.id(),
                incident.grade() == null ? null : incident.grade().name(),
                incident.title()));
    if (incident.grade() == null && incident.proposedGrade() != null) {
      payload.put("proposedGrade", incident.proposedGrade().name());
    }
    return payload.encode();
  }

  /** The step's group for the timeline: its code, read as its name in the reader's language. */
  private static String targetName(EscalationStep step) {
    return step.groupCode == null ? "" : TimelineText.group(step.groupCode);
  }

  /** 32 random bytes, URL-safe: the single-use secret of one acknowledge link. */
  static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** SHA-256 of a token, hex: what the page table keeps instead of the token. */
  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is unavailable", e);
    }
  }
}
