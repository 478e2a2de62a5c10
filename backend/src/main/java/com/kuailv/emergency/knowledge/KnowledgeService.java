package com.kuailv.emergency.knowledge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kuailv.emergency.audit.AuditService;
import com.kuailv.emergency.common.error.ProblemException;
import com.kuailv.emergency.common.error.ProblemType;
import com.kuailv.emergency.common.playbook.Playbooks;
import com.kuailv.emergency.common.security.Actor;
import com.kuailv.emergency.common.text.LineDiff;
import com.kuailv.emergency.common.text.LineDiff.DiffLine;
import com.kuailv.emergency.incident.IncidentCategory;
import com.kuailv.emergency.knowledge.KnowledgeApi.Article;
import com.kuailv.emergency.knowledge.KnowledgeApi.ArticleInput;
import com.kuailv.emergency.knowledge.KnowledgeApi.Kind;
import com.kuailv.emergency.knowledge.KnowledgeApi.Step;
import com.kuailv.emergency.knowledge.KnowledgeApi.VersionInfo;
import com.kuailv.emergency.risk.RiskApi.SubType;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
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

/**
 * Runbooks and fallback procedures: every edit is kept as a version, search works on Chinese text
 * (substrings, several words), and activation of an incident asks for the steps of its category.
 */
@ApplicationScoped
public class KnowledgeService implements Playbooks {
  private static final String COLUMNS =
      "id, version, kind, title, summary, risk_sub_types, incident_categories, steps::text,"
          + " updated_at, updated_by";
  private static final TypeReference<List<Step>> STEPS = new TypeReference<>() {};

  private final Pool pool;
  private final AuditService audit;
  private final ObjectMapper json;
  private final Clock clock;

  KnowledgeService(Pool pool, AuditService audit, ObjectMapper json, Clock clock) {
    this.pool = pool;
    this.audit = audit;
    this.json = json;
    this.clock = clock;
  }

  /**
   * Articles whose text contains every word of the query (case-insensitive substrings, so Chinese
   * needs no word segmentation); title matches first.
   */
  public Uni<List<Article>> search(String query, Kind kind, String category) {
    List<String> patterns = new ArrayList<>();
    if (query != null) {
      for (String word : query.strip().split("\\s+")) {
        if (!word.isEmpty() && patterns.size() < 8) {
          patterns.add("%" + escapeLike(word) + "%");
        }
      }
    }
    return pool.preparedQuery(
            "select "
                + COLUMNS
                + " from article where search_text ilike all ($1)"
                + " and ($2::text is null or kind = $2)"
                + " and ($3::text is null or $3 = any (incident_categories))"
                + " order by (title ilike all ($1)) desc, updated_at desc, id limit 200")
        .execute(
            Tuple.of(patterns.toArray(String[]::new), kind == null ? null : kind.name(), category))
        .map(this::articles);
  }

  public Uni<Article> get(long id) {
    return pool.preparedQuery("select " + COLUMNS + " from article where id = $1")
        .execute(Tuple.of(id))
        .map(rows -> article(require(rows, id)));
  }

  public Uni<Article> create(ArticleInput input, Actor actor) {
    validate(input);
    OffsetDateTime now = now();
    return pool.withTransaction(
        tx ->
            tx.preparedQuery(
                    "insert into article (kind, title, summary, risk_sub_types,"
                        + " incident_categories, steps, search_text, created_at, updated_at,"
                        + " updated_by) values ($1, $2, $3, $4, $5, $6::text::jsonb, $7, $8, $8,"
                        + " $9) returning "
                        + COLUMNS)
                .execute(args(input, now, actor))
                .map(rows -> article(rows.iterator().next()))
                .call(article -> keepVersion(tx, article))
                .call(
                    article ->
                        audit.record(
                            tx, actor, "article.created", "article", article.id(), null, article)));
  }

  public Uni<Article> update(long id, long version, ArticleInput input, Actor actor) {
    validate(input);
    OffsetDateTime now = now();
    return pool.withTransaction(
        tx ->
            tx.preparedQuery("select " + COLUMNS + " from article where id = $1 for update")
                .execute(Tuple.of(id))
                .map(rows -> article(require(rows, id)))
                .chain(
                    before -> {
                      if (before.version() != version) {
                        throw new ProblemException(
                            ProblemType.PRECONDITION_FAILED,
                            "Someone edited this article after you opened it; reload it, look at"
                                + " their version and edit again.");
                      }
                      Tuple args = args(input, now, actor);
                      args.addLong(id);
                      return tx.preparedQuery(
                              "update article set kind = $1, title = $2, summary = $3,"
                                  + " risk_sub_types = $4, incident_categories = $5,"
                                  + " steps = $6::text::jsonb, search_text = $7, updated_at = $8,"
                                  + " updated_by = $9, version = version + 1 where id = $10"
                                  + " returning "
                                  + COLUMNS)
                          .execute(args)
                          .map(rows -> article(rows.iterator().next()))
                          .call(after -> keepVersion(tx, after))
                          .call(
                              after ->
                                  audit.record(
                                      tx, actor, "article.updated", "article", id, before, after));
                    }));
  }

  public Uni<List<VersionInfo>> versions(long id) {
    return get(id)
        .chain(
            ignored ->
                pool.preparedQuery(
                        "select version, edited_at, edited_by from article_version"
                            + " where article_id = $1 order by version desc")
                    .execute(Tuple.of(id)))
        .map(
            rows -> {
              List<VersionInfo> versions = new ArrayList<>();
              rows.forEach(
                  row ->
                      versions.add(
                          new VersionInfo(
                              row.getLong(0),
                              row.getOffsetDateTime(1).toInstant(),
                              row.getString(2))));
              return versions;
            });
  }

  public Uni<Article> version(long id, long version) {
    return pool.preparedQuery(
            "select article_id, version, kind, title, summary, risk_sub_types,"
                + " incident_categories, steps::text, edited_at, edited_by from article_version"
                + " where article_id = $1 and version = $2")
        .execute(Tuple.of(id, version))
        .map(
            rows -> {
              if (rows.size() == 0) {
                throw ProblemException.notFound("version of article " + id, version);
              }
              return article(rows.iterator().next());
            });
  }

  /** What changed from one version to another, line by line. */
  public Uni<List<DiffLine>> diff(long id, long from, long to) {
    return version(id, from)
        .chain(
            older ->
                version(id, to)
                    .map(
                        newer ->
                            LineDiff.between(ArticleText.lines(older), ArticleText.lines(newer))));
  }

  /** Runs in the caller's session (incident activation reads it inside its transaction). */
  @Override
  @WithSession
  public Uni<List<PlaybookStep>> stepsFor(String incidentCategory) {
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(
                        "select id, kind, title, steps::text from article"
                            + " where :category = any (incident_categories) order by id",
                        Object[].class)
                    .setParameter("category", incidentCategory)
                    .getResultList())
        .map(
            rows -> {
              List<PlaybookStep> steps = new ArrayList<>();
              for (Object[] row : rows) {
                for (Step step : readSteps((String) row[3])) {
                  steps.add(
                      new PlaybookStep(
                          ((Number) row[0]).longValue(),
                          Kind.RUNBOOK.name().equals(row[1]),
                          (String) row[2],
                          step.title(),
                          step.detail()));
                }
              }
              return steps;
            });
  }

  private Uni<Void> keepVersion(SqlConnection tx, Article article) {
    return tx.preparedQuery(
            "insert into article_version (article_id, version, kind, title, summary,"
                + " risk_sub_types, incident_categories, steps, edited_at, edited_by)"
                + " select id, version, kind, title, summary, risk_sub_types,"
                + " incident_categories, steps, updated_at, updated_by from article where id = $1")
        .execute(Tuple.of(article.id()))
        .replaceWithVoid();
  }

  private Tuple args(ArticleInput input, OffsetDateTime now, Actor actor) {
    List<Step> steps =
        input.steps().stream()
            .map(
                step ->
                    new Step(
                        step.title().strip(), step.detail() == null ? "" : step.detail().strip()))
            .toList();
    String summary = input.summary() == null ? "" : input.summary().strip();
    StringBuilder text = new StringBuilder(input.title().strip()).append('\n').append(summary);
    steps.forEach(
        step -> text.append('\n').append(step.title()).append('\n').append(step.detail()));
    return Tuple.from(
        Arrays.asList(
            input.kind().name(),
            input.title().strip(),
            summary,
            orEmpty(input.riskSubTypes()).toArray(String[]::new),
            orEmpty(input.incidentCategories()).toArray(String[]::new),
            encode(steps),
            text.toString(),
            now,
            actor.displayName()));
  }

  private static void validate(ArticleInput input) {
    List<String> subTypes = orEmpty(input.riskSubTypes());
    for (int i = 0; i < subTypes.size(); i++) {
      if (Arrays.stream(SubType.values()).map(Enum::name).noneMatch(subTypes.get(i)::equals)) {
        throw ProblemException.invalidField(
            "riskSubTypes[" + i + "]", "must be one of " + Arrays.toString(SubType.values()));
      }
    }
    List<String> categories = orEmpty(input.incidentCategories());
    for (int i = 0; i < categories.size(); i++) {
      if (Arrays.stream(IncidentCategory.values())
          .map(Enum::name)
          .noneMatch(categories.get(i)::equals)) {
        throw ProblemException.invalidField(
            "incidentCategories[" + i + "]",
            "must be one of " + Arrays.toString(IncidentCategory.values()));
      }
    }
  }

  private List<Article> articles(RowSet<Row> rows) {
    List<Article> articles = new ArrayList<>();
    rows.forEach(row -> articles.add(article(row)));
    return articles;
  }

  private Article article(Row row) {
    return new Article(
        row.getLong(0),
        row.getLong(1),
        Kind.valueOf(row.getString(2)),
        row.getString(3),
        row.getString(4),
        List.of(row.getArrayOfStrings(5)),
        List.of(row.getArrayOfStrings(6)),
        readSteps(row.getString(7)),
        row.getOffsetDateTime(8).toInstant(),
        row.getString(9));
  }

  private List<Step> readSteps(String stored) {
    try {
      return json.readValue(stored, STEPS);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored steps are not readable", e);
    }
  }

  private String encode(List<Step> steps) {
    try {
      return json.writeValueAsString(steps);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Row require(RowSet<Row> rows, long id) {
    if (rows.size() == 0) {
      throw ProblemException.notFound("article", id);
    }
    return rows.iterator().next();
  }

  private static List<String> orEmpty(List<String> values) {
    return values == null ? List.of() : values.stream().map(String::strip).distinct().toList();
  }

  private static String escapeLike(String word) {
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private OffsetDateTime now() {
    return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
  }
}
