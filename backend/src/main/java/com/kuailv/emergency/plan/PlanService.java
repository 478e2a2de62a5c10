package com.kuailv.emergency.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kuailv.emergency.audit.AuditService;
import com.kuailv.emergency.common.error.ProblemException;
import com.kuailv.emergency.common.error.ProblemType;
import com.kuailv.emergency.common.security.Actor;
import com.kuailv.emergency.common.text.LineDiff;
import com.kuailv.emergency.common.text.LineDiff.DiffLine;
import com.kuailv.emergency.plan.PlanApi.DraftInput;
import com.kuailv.emergency.plan.PlanApi.PlanDocument;
import com.kuailv.emergency.plan.PlanApi.PlanSummary;
import com.kuailv.emergency.plan.PlanApi.Section;
import com.kuailv.emergency.plan.PlanApi.Status;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The emergency plan: numbered versions that go draft -> in review -> approved -> published, one
 * published at a time; approval by a commander other than the author; every write audited.
 */
@ApplicationScoped
public class PlanService {
  private static final String COLUMNS =
      "id, number, version, status, title, change_summary, review_interval_days, review_due,"
          + " author_name, approved_by_name, updated_at, published_at, sections::text,"
          + " author_subject";
  private static final TypeReference<List<Section>> SECTIONS = new TypeReference<>() {};

  private final Pool pool;
  private final AuditService audit;
  private final ObjectMapper json;
  private final Clock clock;

  PlanService(Pool pool, AuditService audit, ObjectMapper json, Clock clock) {
    this.pool = pool;
    this.audit = audit;
    this.json = json;
    this.clock = clock;
  }

  public Uni<List<PlanSummary>> list() {
    return pool.query("select " + COLUMNS + " from plan_version order by number desc")
        .execute()
        .map(
            rows -> {
              List<PlanSummary> versions = new ArrayList<>();
              rows.forEach(row -> versions.add(summary(row)));
              return versions;
            });
  }

  public Uni<PlanDocument> published() {
    return pool.query("select " + COLUMNS + " from plan_version where status = 'PUBLISHED'")
        .execute()
        .map(
            rows -> {
              if (rows.size() == 0) {
                throw new ProblemException(
                    ProblemType.NOT_FOUND,
                    "No plan has been published yet; the command center publishes the first"
                        + " approved version.");
              }
              return document(rows.iterator().next());
            });
  }

  public Uni<PlanDocument> get(long id) {
    return pool.preparedQuery("select " + COLUMNS + " from plan_version where id = $1")
        .execute(Tuple.of(id))
        .map(rows -> document(require(rows, id)));
  }

  public Uni<PlanDocument> createDraft(DraftInput input, Actor actor) {
    OffsetDateTime now = now();
    return pool.withTransaction(
        tx ->
            tx.preparedQuery(
                    "insert into plan_version (number, status, title, change_summary, sections,"
                        + " review_interval_days, author_subject, author_name, created_at,"
                        + " updated_at) select coalesce(max(number), 0) + 1, 'DRAFT', $1, $2,"
                        + " $3::text::jsonb, $4, $5, $6, $7, $7 from plan_version returning "
                        + COLUMNS)
                .execute(
                    Tuple.from(
                        Arrays.asList(
                            input.title().strip(),
                            summaryOf(input),
                            encode(input.sections()),
                            input.reviewIntervalDays(),
                            actor.subject(),
                            actor.displayName(),
                            now)))
                .map(rows -> document(rows.iterator().next()))
                .call(
                    created ->
                        audit.record(
                            tx,
                            actor,
                            "plan.drafted",
                            "plan-version",
                            created.summary().id(),
                            null,
                            created)));
  }

  public Uni<PlanDocument> updateDraft(long id, long version, DraftInput input, Actor actor) {
    return change(
        id,
        version,
        actor,
        "plan.edited",
        "edit",
        List.of(Status.DRAFT),
        "title = $3, change_summary = $4, sections = $5::text::jsonb, review_interval_days = $6",
        before ->
            List.of(
                input.title().strip(),
                summaryOf(input),
                encode(input.sections()),
                input.reviewIntervalDays()));
  }

  public Uni<PlanDocument> submit(long id, long version, Actor actor) {
    return change(
        id,
        version,
        actor,
        "plan.submitted",
        "submit for review",
        List.of(Status.DRAFT),
        "status = 'IN_REVIEW', submitted_at = $2",
        before -> List.of());
  }

  /** A commander other than the author approves. */
  public Uni<PlanDocument> approve(long id, long version, Actor actor) {
    return change(
        id,
        version,
        actor,
        "plan.approved",
        "approve",
        List.of(Status.IN_REVIEW),
        "status = 'APPROVED', approved_by_subject = $3, approved_by_name = $4, approved_at = $2",
        before -> {
          if (before.authorSubject().equals(actor.subject())) {
            throw ProblemException.forbidden(
                "You wrote this draft, so another commander must approve it.");
          }
          return List.of(actor.subject(), actor.displayName());
        });
  }

  public Uni<PlanDocument> reject(long id, long version, String reason, Actor actor) {
    return change(
        id,
        version,
        actor,
        "plan.rejected",
        "send back",
        List.of(Status.IN_REVIEW),
        "status = 'DRAFT', submitted_at = null, change_summary = change_summary || $3",
        before -> List.of("\n[退回 returned] " + reason.strip()));
  }

  /** The approved version becomes the plan everyone reads; the one before is superseded. */
  public Uni<PlanDocument> publish(long id, long version, Actor actor) {
    return change(
        id,
        version,
        actor,
        "plan.published",
        "publish",
        List.of(Status.APPROVED),
        "status = 'PUBLISHED', published_at = $2, review_due = false",
        before -> List.of(),
        tx ->
            tx.preparedQuery(
                    "update plan_version set status = 'SUPERSEDED', updated_at = $1,"
                        + " version = version + 1 where status = 'PUBLISHED' returning id")
                .execute(Tuple.of(now()))
                .call(
                    superseded ->
                        superseded.size() == 0
                            ? Uni.createFrom().voidItem()
                            : audit.record(
                                tx,
                                actor,
                                "plan.superseded",
                                "plan-version",
                                superseded.iterator().next().getLong(0),
                                Map.of("status", "PUBLISHED"),
                                Map.of("status", "SUPERSEDED")))
                .replaceWithVoid());
  }

  public Uni<List<DiffLine>> diff(long from, long to) {
    return get(from)
        .chain(older -> get(to).map(newer -> LineDiff.between(lines(older), lines(newer))));
  }

  /** Marks the published plan due for review once its interval has passed; answers if it did. */
  public Uni<Boolean> flagReviewDue() {
    return flagReviewDue(clock.instant());
  }

  /** As {@link #flagReviewDue()}, at the given time (tests drive the clock through it). */
  public Uni<Boolean> flagReviewDue(java.time.Instant at) {
    return pool.withTransaction(
        tx ->
            tx.preparedQuery(
                    "update plan_version set review_due = true where status = 'PUBLISHED'"
                        + " and not review_due and published_at +"
                        + " make_interval(days => review_interval_days) < $1 returning id")
                .execute(Tuple.of(OffsetDateTime.ofInstant(at, ZoneOffset.UTC)))
                .chain(
                    rows -> {
                      if (rows.size() == 0) {
                        return Uni.createFrom().item(false);
                      }
                      long id = rows.iterator().next().getLong(0);
                      return audit
                          .record(
                              tx,
                              AuditService.SYSTEM,
                              "plan.review-due",
                              "plan-version",
                              id,
                              null,
                              Map.of("reviewDue", true))
                          .replaceWith(true);
                    }));
  }

  private record Current(PlanDocument document, String authorSubject) {}

  private interface Values {
    List<Object> of(Current before);
  }

  private Uni<PlanDocument> change(
      long id,
      long version,
      Actor actor,
      String action,
      String verb,
      List<Status> allowed,
      String set,
      Values values) {
    return change(id, version, actor, action, verb, allowed, set, values, tx -> null);
  }

  private Uni<PlanDocument> change(
      long id,
      long version,
      Actor actor,
      String action,
      String verb,
      List<Status> allowed,
      String set,
      Values values,
      java.util.function.Function<SqlConnection, Uni<Void>> before) {
    return pool.withTransaction(
        tx ->
            tx.preparedQuery("select " + COLUMNS + " from plan_version where id = $1 for update")
                .execute(Tuple.of(id))
                .map(rows -> require(rows, id))
                .map(row -> new Current(document(row), row.getString("author_subject")))
                .chain(
                    current -> {
                      PlanSummary summary = current.document().summary();
                      if (summary.version() != version) {
                        throw new ProblemException(
                            ProblemType.PRECONDITION_FAILED,
                            "Someone changed this plan version after you opened it; reload it"
                                + " and try again.");
                      }
                      if (!allowed.contains(summary.status())) {
                        throw ProblemException.conflict(
                            "Cannot "
                                + verb
                                + " plan version "
                                + summary.number()
                                + " while it is "
                                + summary.status()
                                + "; it must be "
                                + allowed
                                + ".");
                      }
                      Tuple args = Tuple.of(id, now());
                      values.of(current).forEach(args::addValue);
                      Uni<Void> first = before.apply(tx);
                      return (first == null ? Uni.createFrom().voidItem() : first)
                          .chain(
                              () ->
                                  tx.preparedQuery(
                                          "update plan_version set "
                                              + set
                                              + ", updated_at = $2, version = version + 1"
                                              + " where id = $1 returning "
                                              + COLUMNS)
                                      .execute(args))
                          .map(rows -> document(rows.iterator().next()))
                          .call(
                              after ->
                                  audit.record(
                                      tx,
                                      actor,
                                      action,
                                      "plan-version",
                                      id,
                                      current.document().summary(),
                                      after.summary()));
                    }));
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

  private PlanDocument document(Row row) {
    try {
      return new PlanDocument(summary(row), json.readValue(row.getString(12), SECTIONS));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored sections are not readable", e);
    }
  }

  private static PlanSummary summary(Row row) {
    OffsetDateTime published = row.getOffsetDateTime(11);
    return new PlanSummary(
        row.getLong(0),
        row.getInteger(1),
        row.getLong(2),
        Status.valueOf(row.getString(3)),
        row.getString(4),
        row.getString(5),
        row.getInteger(6),
        row.getBoolean(7),
        row.getString(8),
        row.getString(9),
        row.getOffsetDateTime(10).toInstant(),
        published == null ? null : published.toInstant());
  }

  private String encode(List<Section> sections) {
    try {
      return json.writeValueAsString(
          sections.stream().map(s -> new Section(s.heading().strip(), s.body())).toList());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String summaryOf(DraftInput input) {
    return input.changeSummary() == null ? "" : input.changeSummary().strip();
  }

  private static Row require(RowSet<Row> rows, long id) {
    if (rows.size() == 0) {
      throw ProblemException.notFound("plan version", id);
    }
    return rows.iterator().next();
  }

  private OffsetDateTime now() {
    return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
  }
}
