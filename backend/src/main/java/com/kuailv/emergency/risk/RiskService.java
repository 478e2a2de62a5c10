package com.kuailv.emergency.risk;

import com.kuailv.emergency.audit.AuditService;
import com.kuailv.emergency.common.error.Problem.FieldError;
import com.kuailv.emergency.common.error.ProblemException;
import com.kuailv.emergency.common.error.ProblemType;
import com.kuailv.emergency.common.security.Actor;
import com.kuailv.emergency.risk.RiskApi.Band;
import com.kuailv.emergency.risk.RiskApi.Category;
import com.kuailv.emergency.risk.RiskApi.HeatCell;
import com.kuailv.emergency.risk.RiskApi.Link;
import com.kuailv.emergency.risk.RiskApi.LinkInput;
import com.kuailv.emergency.risk.RiskApi.RiskDetail;
import com.kuailv.emergency.risk.RiskApi.RiskInput;
import com.kuailv.emergency.risk.RiskApi.RiskView;
import com.kuailv.emergency.risk.RiskApi.ScoreChange;
import com.kuailv.emergency.risk.RiskApi.Status;
import com.kuailv.emergency.risk.RiskApi.SubType;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The risk register: each risk scored likelihood x impact into a band, with its history of score
 * changes, its links, and an audit entry for every write.
 */
@ApplicationScoped
public class RiskService {
  static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  private static final String COLUMNS =
      "id, version, title, description, category, sub_type, custom_sub_type, likelihood, impact,"
          + " score, owner_name, mitigations, status, next_review_on, review_overdue, created_at,"
          + " updated_at";

  private final Pool pool;
  private final AuditService audit;
  private final Clock clock;

  RiskService(Pool pool, AuditService audit, Clock clock) {
    this.pool = pool;
    this.audit = audit;
    this.clock = clock;
  }

  public record Filter(
      Category category, SubType subType, Status status, String band, Boolean overdue) {}

  public Uni<List<RiskView>> list(Filter filter) {
    return bands()
        .chain(
            bands ->
                pool.preparedQuery(
                        "select "
                            + COLUMNS
                            + " from risk where ($1::text is null or category = $1)"
                            + " and ($2::text is null or sub_type = $2)"
                            + " and ($3::text is null or status = $3)"
                            + " and ($4::boolean is null or review_overdue = $4)"
                            + " order by score desc, next_review_on, id")
                    .execute(
                        Tuple.of(
                            name(filter.category()),
                            name(filter.subType()),
                            name(filter.status()),
                            filter.overdue()))
                    .map(
                        rows -> {
                          List<RiskView> risks = new ArrayList<>();
                          for (Row row : rows) {
                            RiskView risk = view(row, bands);
                            if (filter.band() == null || filter.band().equals(risk.band())) {
                              risks.add(risk);
                            }
                          }
                          return risks;
                        }));
  }

  public Uni<RiskDetail> get(long id) {
    return bands()
        .chain(
            bands ->
                pool.preparedQuery("select " + COLUMNS + " from risk where id = $1")
                    .execute(Tuple.of(id))
                    .map(rows -> view(require(rows, id), bands)))
        .chain(
            risk ->
                pool.preparedQuery(
                        "select kind, target_id, note from risk_link where risk_id = $1"
                            + " order by kind, target_id")
                    .execute(Tuple.of(id))
                    .map(
                        rows -> {
                          List<Link> links = new ArrayList<>();
                          rows.forEach(
                              row ->
                                  links.add(
                                      new Link(
                                          RiskApi.LinkKind.valueOf(row.getString(0)),
                                          row.getLong(1),
                                          row.getString(2))));
                          return links;
                        })
                    .chain(
                        links ->
                            pool.preparedQuery(
                                    "select at, likelihood, impact, score, changed_by"
                                        + " from risk_score_change where risk_id = $1 order by id")
                                .execute(Tuple.of(id))
                                .map(
                                    rows -> {
                                      List<ScoreChange> history = new ArrayList<>();
                                      rows.forEach(
                                          row ->
                                              history.add(
                                                  new ScoreChange(
                                                      row.getOffsetDateTime(0).toInstant(),
                                                      row.getInteger(1),
                                                      row.getInteger(2),
                                                      row.getInteger(3),
                                                      row.getString(4))));
                                      return new RiskDetail(risk, links, history);
                                    })));
  }

  public Uni<RiskView> create(RiskInput input, Actor actor) {
    validate(input);
    OffsetDateTime now = now();
    return bands()
        .chain(
            bands ->
                pool.withTransaction(
                    tx ->
                        tx.preparedQuery(
                                "insert into risk (title, description, category, sub_type,"
                                    + " custom_sub_type, likelihood, impact, owner_name,"
                                    + " mitigations, status, next_review_on, review_overdue,"
                                    + " created_at, updated_at) values ($1, $2, $3, $4, $5, $6,"
                                    + " $7, $8, $9, $10, $11, $12, $13, $13) returning "
                                    + COLUMNS)
                            .execute(insertArgs(input, now))
                            .map(rows -> view(rows.iterator().next(), bands))
                            .call(risk -> scoreChanged(tx, risk, actor))
                            .call(
                                risk ->
                                    audit.record(
                                        tx,
                                        actor,
                                        "risk.created",
                                        "risk",
                                        risk.id(),
                                        null,
                                        risk))));
  }

  public Uni<RiskView> update(long id, long version, RiskInput input, Actor actor) {
    validate(input);
    OffsetDateTime now = now();
    return bands()
        .chain(
            bands ->
                pool.withTransaction(
                    tx ->
                        lock(tx, id, bands)
                            .chain(
                                before -> {
                                  if (before.version() != version) {
                                    throw stale();
                                  }
                                  Tuple args = insertArgs(input, now);
                                  args.addLong(id);
                                  return tx.preparedQuery(
                                          "update risk set title = $1, description = $2,"
                                              + " category = $3, sub_type = $4,"
                                              + " custom_sub_type = $5, likelihood = $6,"
                                              + " impact = $7, owner_name = $8, mitigations = $9,"
                                              + " status = $10, next_review_on = $11,"
                                              + " review_overdue = $12, updated_at = $13,"
                                              + " version = version + 1 where id = $14"
                                              + " returning "
                                              + COLUMNS)
                                      .execute(args)
                                      .map(rows -> view(rows.iterator().next(), bands))
                                      .call(
                                          after ->
                                              after.score() != before.score()
                                                      || after.likelihood() != before.likelihood()
                                                  ? scoreChanged(tx, after, actor)
                                                  : Uni.createFrom().voidItem())
                                      .call(
                                          after ->
                                              audit.record(
                                                  tx,
                                                  actor,
                                                  "risk.updated",
                                                  "risk",
                                                  id,
                                                  before,
                                                  after));
                                })));
  }

  public Uni<Link> link(long id, LinkInput input, Actor actor) {
    Link link =
        new Link(input.kind(), input.targetId(), input.note() == null ? "" : input.note().strip());
    return pool.withTransaction(
        tx ->
            lock(tx, id, List.of())
                .chain(
                    ignored ->
                        tx.preparedQuery(
                                "insert into risk_link (risk_id, kind, target_id, note)"
                                    + " values ($1, $2, $3, $4) on conflict (risk_id, kind,"
                                    + " target_id) do update set note = excluded.note")
                            .execute(
                                Tuple.of(id, link.kind().name(), link.targetId(), link.note())))
                .call(() -> audit.record(tx, actor, "risk.linked", "risk", id, null, link))
                .replaceWith(link));
  }

  public Uni<Void> unlink(long id, RiskApi.LinkKind kind, long targetId, Actor actor) {
    return pool.withTransaction(
        tx ->
            tx.preparedQuery(
                    "delete from risk_link where risk_id = $1 and kind = $2 and target_id = $3")
                .execute(Tuple.of(id, kind.name(), targetId))
                .chain(
                    deleted -> {
                      if (deleted.rowCount() == 0) {
                        throw ProblemException.notFound("risk link", kind + "/" + targetId);
                      }
                      return audit.record(
                          tx,
                          actor,
                          "risk.unlinked",
                          "risk",
                          id,
                          new Link(kind, targetId, ""),
                          null);
                    }));
  }

  public Uni<List<HeatCell>> heatMap() {
    return bands()
        .chain(
            bands ->
                pool.query(
                        "select likelihood, impact, count(*) from risk where status <> 'CLOSED'"
                            + " group by likelihood, impact")
                    .execute()
                    .map(
                        rows -> {
                          int[][] counts = new int[6][6];
                          rows.forEach(
                              row ->
                                  counts[row.getInteger(0)][row.getInteger(1)] = row.getInteger(2));
                          List<HeatCell> cells = new ArrayList<>();
                          for (int likelihood = 5; likelihood >= 1; likelihood--) {
                            for (int impact = 1; impact <= 5; impact++) {
                              int score = likelihood * impact;
                              cells.add(
                                  new HeatCell(
                                      likelihood,
                                      impact,
                                      score,
                                      bandOf(bands, score),
                                      counts[likelihood][impact]));
                            }
                          }
                          return cells;
                        }));
  }

  public Uni<List<Band>> bands() {
    return pool.query("select code, min_score, max_score from risk_band order by min_score")
        .execute()
        .map(
            rows -> {
              List<Band> bands = new ArrayList<>();
              rows.forEach(
                  row ->
                      bands.add(new Band(row.getString(0), row.getInteger(1), row.getInteger(2))));
              return bands;
            });
  }

  /** Replaces the bands; they must cover scores 1 to 25 without gaps or overlaps. */
  public Uni<List<Band>> replaceBands(List<Band> wanted, Actor actor) {
    List<Band> sorted = wanted.stream().sorted(Comparator.comparing(Band::minScore)).toList();
    int next = 1;
    for (Band band : sorted) {
      if (band.minScore() != next || band.maxScore() < band.minScore()) {
        throw ProblemException.invalidField(
            "bands", "must cover scores 1 to 25 in order, without gaps or overlaps");
      }
      next = band.maxScore() + 1;
    }
    if (next != 26 || sorted.stream().map(Band::code).distinct().count() != sorted.size()) {
      throw ProblemException.invalidField(
          "bands", "must cover scores 1 to 25 and have distinct codes");
    }
    return bands()
        .chain(
            before ->
                pool.withTransaction(
                    tx ->
                        tx.query("delete from risk_band")
                            .execute()
                            .chain(
                                () ->
                                    tx.preparedQuery(
                                            "insert into risk_band (code, min_score, max_score)"
                                                + " values ($1, $2, $3)")
                                        .executeBatch(
                                            sorted.stream()
                                                .map(
                                                    band ->
                                                        Tuple.of(
                                                            band.code(),
                                                            band.minScore(),
                                                            band.maxScore()))
                                                .toList()))
                            .call(
                                () ->
                                    audit.record(
                                        tx,
                                        actor,
                                        "risk.bands-replaced",
                                        "risk-band",
                                        "all",
                                        before,
                                        sorted))
                            .replaceWith(sorted)));
  }

  /**
   * Marks risks whose review date (Beijing time) has passed, and clears the mark when the date was
   * moved; answers how many changed.
   */
  public Uni<Integer> flagOverdueReviews(LocalDate today) {
    return pool.withTransaction(
        tx ->
            tx.preparedQuery(
                    "update risk set review_overdue = (next_review_on < $1 and status <> 'CLOSED')"
                        + " where review_overdue <> (next_review_on < $1 and status <> 'CLOSED')"
                        + " returning id, review_overdue")
                .execute(Tuple.of(today))
                .chain(
                    rows -> {
                      Uni<Void> chain = Uni.createFrom().voidItem();
                      for (Row row : rows) {
                        long id = row.getLong(0);
                        boolean overdue = row.getBoolean(1);
                        chain =
                            chain.chain(
                                () ->
                                    audit.record(
                                        tx,
                                        AuditService.SYSTEM,
                                        overdue ? "risk.review-overdue" : "risk.review-current",
                                        "risk",
                                        id,
                                        null,
                                        java.util.Map.of("reviewOverdue", overdue)));
                      }
                      return chain.replaceWith(rows.rowCount());
                    }));
  }

  LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), BEIJING);
  }

  private Uni<RiskView> lock(SqlConnection tx, long id, List<Band> bands) {
    return tx.preparedQuery("select " + COLUMNS + " from risk where id = $1 for update")
        .execute(Tuple.of(id))
        .map(rows -> view(require(rows, id), bands));
  }

  private Uni<Void> scoreChanged(SqlConnection tx, RiskView risk, Actor actor) {
    return tx.preparedQuery(
            "insert into risk_score_change (risk_id, at, likelihood, impact, score, changed_by)"
                + " values ($1, $2, $3, $4, $5, $6)")
        .execute(
            Tuple.from(
                List.of(
                    risk.id(),
                    now(),
                    risk.likelihood(),
                    risk.impact(),
                    risk.score(),
                    actor.displayName())))
        .replaceWithVoid();
  }

  private Tuple insertArgs(RiskInput input, OffsetDateTime now) {
    return Tuple.from(
        Arrays.asList(
            input.title().strip(),
            input.description() == null ? "" : input.description().strip(),
            input.category().name(),
            input.subType().name(),
            input.subType() == SubType.CUSTOM ? input.customSubType().strip() : null,
            input.likelihood(),
            input.impact(),
            input.ownerName() == null ? "" : input.ownerName().strip(),
            (input.mitigations() == null ? List.<String>of() : input.mitigations())
                .stream().map(String::strip).toArray(String[]::new),
            input.status().name(),
            input.nextReviewOn(),
            input.status() != Status.CLOSED && input.nextReviewOn().isBefore(today()),
            now));
  }

  private static void validate(RiskInput input) {
    if (!input.subType().fits(input.category())) {
      throw new ProblemException(
          ProblemType.VALIDATION,
          "The sub-type " + input.subType() + " is not a " + input.category() + " risk.",
          List.of(new FieldError("subType", "does not belong to category " + input.category())));
    }
    if (input.subType() == SubType.CUSTOM
        && (input.customSubType() == null || input.customSubType().isBlank())) {
      throw ProblemException.invalidField("customSubType", "is required for a CUSTOM sub-type");
    }
  }

  private static Row require(io.vertx.mutiny.sqlclient.RowSet<Row> rows, long id) {
    if (rows.size() == 0) {
      throw ProblemException.notFound("risk", id);
    }
    return rows.iterator().next();
  }

  private static ProblemException stale() {
    return new ProblemException(
        ProblemType.PRECONDITION_FAILED,
        "Someone changed this risk after you read it; reload it, check their change and edit"
            + " again.");
  }

  private static RiskView view(Row row, List<Band> bands) {
    int score = row.getInteger("score");
    return new RiskView(
        row.getLong("id"),
        row.getLong("version"),
        row.getString("title"),
        row.getString("description"),
        Category.valueOf(row.getString("category")),
        SubType.valueOf(row.getString("sub_type")),
        row.getString("custom_sub_type"),
        row.getInteger("likelihood"),
        row.getInteger("impact"),
        score,
        bandOf(bands, score),
        row.getString("owner_name"),
        List.of(row.getArrayOfStrings("mitigations")),
        Status.valueOf(row.getString("status")),
        row.getLocalDate("next_review_on"),
        row.getBoolean("review_overdue"),
        row.getOffsetDateTime("created_at").toInstant(),
        row.getOffsetDateTime("updated_at").toInstant());
  }

  private static String bandOf(List<Band> bands, int score) {
    for (Band band : bands) {
      if (score >= band.minScore() && score <= band.maxScore()) {
        return band.code();
      }
    }
    return "";
  }

  private OffsetDateTime now() {
    return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }
}
