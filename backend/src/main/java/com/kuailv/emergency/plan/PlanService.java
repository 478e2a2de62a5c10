package com.kuailv.emergency.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kuailv.emergency.audit.AuditService;
import com.kuailv.emergency.common.error.ProblemException;
import com.kuailv.emergency.common.error.ProblemType;
import com.kuailv.emergency.common.error.Reason;
import com.kuailv.emergency.common.security.Actor;
import com.kuailv.emergency.common.text.LineDiff;
import com.kuailv.emergency.common.text.LineDiff.DiffLine;
import com.kuailv.emergency.plan.PlanApi.DraftInput;
import com.kuailv.emergency.plan.PlanApi.PlanDocument;
import com.kuailv.emergency.plan.PlanApi.PlanSummary;
import com.kuailv.emergency.plan.PlanApi.Section;
import com.kuailv.emergency.plan.PlanApi.Status;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The emergency plan: numbered versions that go draft -> in review -> approved -> published, one
 * published at a time; approval by a commander other than the author; every write audited in its
 * transaction.
 */
@ApplicationScoped
public class PlanService {
  private static final TypeReference<List<Section>> SECTIONS = new TypeReference<>() {};

  private final PlanRepository plans;
  private final AuditService audit;
  private final ObjectMapper json;
  private final Clock clock;

  PlanService(PlanRepository plans, AuditService audit, ObjectMapper json, Clock clock) {
    this.plans = plans;
    this.audit = audit;
    this.json = json;
    this.clock = clock;
  }

  /** Every version, newest first. */
  @WithSession
  public Uni<List<PlanSummary>> list() {
    return plans.newestFirst().map(found -> found.stream().map(PlanService::summary).toList());
  }

  /** The version everyone reads; 404 with what to do when none is published yet. */
  @WithSession
  public Uni<PlanDocument> published() {
    return plans
        .published()
        .map(
            plan -> {
              if (plan == null) {
                throw ProblemException.of(
                    ProblemType.NOT_FOUND, new Reason("reason.no-plan-published"));
              }
              return document(plan);
            });
  }

  @WithSession
  public Uni<PlanDocument> get(long id) {
    return plans.findById(id).map(plan -> document(require(plan, id)));
  }

  /** Starts a draft numbered one more than the highest version. */
  @WithTransaction
  public Uni<PlanDocument> createDraft(DraftInput input, Actor actor) {
    Instant now = clock.instant();
    return plans
        .nextNumber()
        .chain(
            number -> {
              PlanVersion plan = new PlanVersion();
              plan.number = number;
              plan.status = Status.DRAFT;
              plan.authorSubject = actor.subject();
              plan.authorName = actor.displayName();
              plan.createdAt = now;
              plan.updatedAt = now;
              edit(plan, input);
              return plans.persistAndFlush(plan);
            })
        .map(this::document)
        .call(
            created ->
                audit.record(
                    actor, "plan.drafted", "plan-version", created.summary().id(), null, created));
  }

  @WithTransaction
  public Uni<PlanDocument> updateDraft(long id, long version, DraftInput input, Actor actor) {
    return change(
        id, version, actor, "plan.edited", List.of(Status.DRAFT), plan -> edit(plan, input));
  }

  @WithTransaction
  public Uni<PlanDocument> submit(long id, long version, Actor actor) {
    return change(
        id,
        version,
        actor,
        "plan.submitted",
        List.of(Status.DRAFT),
        plan -> {
          plan.status = Status.IN_REVIEW;
          plan.submittedAt = clock.instant();
        });
  }

  /** A commander other than the author approves (403 for the author). */
  @WithTransaction
  public Uni<PlanDocument> approve(long id, long version, Actor actor) {
    return change(
        id,
        version,
        actor,
        "plan.approved",
        List.of(Status.IN_REVIEW),
        plan -> {
          if (plan.authorSubject.equals(actor.subject())) {
            throw ProblemException.forbidden(new Reason("reason.plan-own-draft"));
          }
          plan.status = Status.APPROVED;
          plan.approvedBySubject = actor.subject();
          plan.approvedByName = actor.displayName();
          plan.approvedAt = clock.instant();
        });
  }

  /** Sends a version in review back to its author as a draft, the reason added to its summary. */
  @WithTransaction
  public Uni<PlanDocument> reject(long id, long version, String reason, Actor actor) {
    return change(
        id,
        version,
        actor,
        "plan.rejected",
        List.of(Status.IN_REVIEW),
        plan -> {
          plan.status = Status.DRAFT;
          plan.submittedAt = null;
          plan.changeSummary = plan.changeSummary + "\n[退回 returned] " + reason.strip();
        });
  }

  /** The approved version becomes the plan everyone reads; the one before is superseded. */
  @WithTransaction
  public Uni<PlanDocument> publish(long id, long version, Actor actor) {
    return plans
        .lockPublished()
        .chain(
            previous -> {
              if (previous == null || previous.id == id) {
                return Uni.createFrom().voidItem();
              }
              previous.status = Status.SUPERSEDED;
              previous.updatedAt = clock.instant();
              return plans
                  .flush()
                  .chain(
                      () ->
                          audit.record(
                              actor,
                              "plan.superseded",
                              "plan-version",
                              previous.id,
                              Map.of("status", "PUBLISHED"),
                              Map.of("status", "SUPERSEDED")));
            })
        .chain(
            () ->
                change(
                    id,
                    version,
                    actor,
                    "plan.published",
                    List.of(Status.APPROVED),
                    plan -> {
                      plan.status = Status.PUBLISHED;
                      plan.publishedAt = clock.instant();
                      plan.reviewDue = false;
                    }));
  }

  @WithSession
  public Uni<List<DiffLine>> diff(long from, long to) {
    return get(from)
        .chain(older -> get(to).map(newer -> LineDiff.between(lines(older), lines(newer))));
  }

  /** Marks the published plan due for review once its interval has passed; answers if it did. */
  public Uni<Boolean> flagReviewDue() {
    return flagReviewDue(clock.instant());
  }

  /** As {@link #flagReviewDue()}, at the given time (tests drive the clock through it). */
  @WithTransaction
  public Uni<Boolean> flagReviewDue(Instant at) {
    return plans
        .lockPublished()
        .chain(
            plan -> {
              if (plan == null
                  || plan.reviewDue
                  || !plan.publishedAt
                      .plus(Duration.ofDays(plan.reviewIntervalDays))
                      .isBefore(at)) {
                return Uni.createFrom().item(false);
              }
              return plans
                  .markReviewDue(plan.id)
                  .chain(
                      () ->
                          audit.record(
                              AuditService.SYSTEM,
                              "plan.review-due",
                              "plan-version",
                              plan.id,
                              null,
                              Map.of("reviewDue", true)))
                  .replaceWith(true);
            });
  }

  /**
   * Changes the version read at {@code version} (412 if it changed since) while it is in one of the
   * allowed states (409 if not), and audits the summary before and after.
   */
  private Uni<PlanDocument> change(
      long id,
      long version,
      Actor actor,
      String action,
      List<Status> allowed,
      Consumer<PlanVersion> edit) {
    return plans
        .lock(id)
        .chain(
            plan -> {
              require(plan, id);
              if (plan.version != version) {
                throw ProblemException.stale("plan version");
              }
              if (!allowed.contains(plan.status)) {
                throw ProblemException.conflict(notNow(plan, action, allowed));
              }
              PlanSummary before = summary(plan);
              edit.accept(plan);
              plan.updatedAt = clock.instant();
              return plans
                  .flush()
                  .map(ignored -> document(plan))
                  .call(
                      after ->
                          audit.record(actor, action, "plan-version", id, before, after.summary()));
            });
  }

  private void edit(PlanVersion plan, DraftInput input) {
    plan.title = input.title().strip();
    plan.changeSummary = input.changeSummary() == null ? "" : input.changeSummary().strip();
    try {
      plan.sectionsJson =
          json.writeValueAsString(
              input.sections().stream()
                  .map(section -> new Section(section.heading().strip(), section.body()))
                  .toList());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("sections not serialisable", e);
    }
    plan.reviewIntervalDays = input.reviewIntervalDays();
  }

  private static List<String> lines(PlanDocument document) {
    List<String> lines = new ArrayList<>();
    lines.add("# " + document.summary().title());
    for (Section section : document.sections()) {
      lines.add("## " + section.heading());
      lines.addAll(List.of(section.body().split("\n", -1)));
    }
    return lines;
  }

  private PlanDocument document(PlanVersion plan) {
    try {
      return new PlanDocument(summary(plan), json.readValue(plan.sectionsJson, SECTIONS));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored sections are not readable", e);
    }
  }

  private static PlanSummary summary(PlanVersion plan) {
    return new PlanSummary(
        plan.id,
        plan.number,
        plan.version,
        plan.status,
        plan.title,
        plan.changeSummary,
        plan.reviewIntervalDays,
        plan.reviewDue,
        plan.authorName,
        plan.approvedByName,
        plan.updatedAt,
        plan.publishedAt);
  }

  private static PlanVersion require(PlanVersion plan, long id) {
    if (plan == null) {
      throw ProblemException.notFound("plan version", id);
    }
    return plan;
  }

  /** Why {@code action} cannot be taken on the plan version in its status, in words. */
  /** Version N is 草稿: it cannot be published; it must be 已批准 (in the reader's language). */
  private static Reason notNow(PlanVersion plan, String action, List<Status> allowed) {
    return new Reason(
        "reason.plan-not-now",
        String.valueOf(plan.number),
        plan.status,
        new Reason("reason.plan-doing." + action),
        new Reason.AnyOf(allowed));
  }
}
