package com.kuailv.emergency.knowledge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kuailv.emergency.audit.AuditService;
import com.kuailv.emergency.common.error.ProblemException;
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
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runbooks and fallback procedures: every edit is kept as a version, search works on Chinese text
 * (substrings, several words), and activation of an incident asks for the steps of its category.
 */
@ApplicationScoped
public class KnowledgeService implements Playbooks {
  private static final TypeReference<List<Step>> STEPS = new TypeReference<>() {};

  private final ArticleRepository articles;
  private final ArticleVersionRepository versions;
  private final AuditService audit;
  private final ObjectMapper json;
  private final Clock clock;

  KnowledgeService(
      ArticleRepository articles,
      ArticleVersionRepository versions,
      AuditService audit,
      ObjectMapper json,
      Clock clock) {
    this.articles = articles;
    this.versions = versions;
    this.audit = audit;
    this.json = json;
    this.clock = clock;
  }

  /**
   * Articles whose text contains every word of the query (case-insensitive substrings, so Chinese
   * needs no word segmentation; at most 8 words); title matches first; at most 200.
   */
  @WithSession
  public Uni<List<Article>> search(String query, Kind kind, String category) {
    List<String> patterns = new ArrayList<>();
    if (query != null) {
      for (String word : query.strip().split("\\s+")) {
        if (!word.isEmpty() && patterns.size() < 8) {
          patterns.add("%" + escapeLike(word) + "%");
        }
      }
    }
    return articles
        .search(patterns, kind, category)
        .map(found -> found.stream().map(this::article).toList());
  }

  /** Whether article {@code id} exists (other features check their references with it). */
  @WithSession
  public Uni<Boolean> exists(long id) {
    return articles.count("id", id).map(count -> count > 0);
  }

  @WithSession
  public Uni<Article> get(long id) {
    return articles.findById(id).map(article -> article(require(article, id)));
  }

  /** Writes a new article at version 1, kept as its first version. */
  @WithTransaction
  public Uni<Article> create(ArticleInput input, Actor actor) {
    validate(input);
    Instant now = clock.instant();
    ArticleRecord article = new ArticleRecord();
    article.createdAt = now;
    apply(article, input, now, actor);
    return articles
        .persistAndFlush(article)
        .call(this::keepVersion)
        .map(this::article)
        .call(
            created ->
                audit.record(actor, "article.created", "article", created.id(), null, created));
  }

  /** Edits the article read at {@code version} (412 if edited since); the edit is a new version. */
  @WithTransaction
  public Uni<Article> update(long id, long version, ArticleInput input, Actor actor) {
    validate(input);
    return articles
        .lock(id)
        .chain(
            article -> {
              require(article, id);
              if (article.version != version) {
                throw ProblemException.stale("article");
              }
              Article before = article(article);
              apply(article, input, clock.instant(), actor);
              return articles
                  .flush()
                  .chain(() -> keepVersion(article))
                  .map(ignored -> article(article))
                  .call(
                      after ->
                          audit.record(actor, "article.updated", "article", id, before, after));
            });
  }

  /** The article's versions, newest first; 404 for an unknown article. */
  @WithSession
  public Uni<List<VersionInfo>> versions(long id) {
    return get(id)
        .chain(ignored -> versions.forArticle(id))
        .map(
            found ->
                found.stream()
                    .map(kept -> new VersionInfo(kept.version, kept.editedAt, kept.editedBy))
                    .toList());
  }

  /** The article as it was at {@code version}; 404 when there is no such version. */
  @WithSession
  public Uni<Article> version(long id, long version) {
    return versions
        .find(id, version)
        .map(
            kept -> {
              if (kept == null) {
                throw ProblemException.notFound("article version", id + "/v" + version);
              }
              return new Article(
                  kept.articleId,
                  kept.version,
                  kept.kind,
                  kept.title,
                  kept.summary,
                  List.of(kept.riskSubTypes),
                  List.of(kept.incidentCategories),
                  readSteps(kept.stepsJson),
                  kept.editedAt,
                  kept.editedBy);
            });
  }

  /** What changed from one version to another, line by line. */
  @WithSession
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
    return articles
        .forCategory(incidentCategory)
        .map(
            found -> {
              List<PlaybookStep> steps = new ArrayList<>();
              for (ArticleRecord article : found) {
                for (Step step : readSteps(article.stepsJson)) {
                  steps.add(
                      new PlaybookStep(
                          article.id,
                          article.kind == Kind.RUNBOOK,
                          article.title,
                          step.title(),
                          step.detail()));
                }
              }
              return steps;
            });
  }

  private Uni<Void> keepVersion(ArticleRecord article) {
    ArticleVersionRecord kept = new ArticleVersionRecord();
    kept.articleId = article.id;
    kept.version = article.version;
    kept.kind = article.kind;
    kept.title = article.title;
    kept.summary = article.summary;
    kept.riskSubTypes = article.riskSubTypes;
    kept.incidentCategories = article.incidentCategories;
    kept.stepsJson = article.stepsJson;
    kept.editedAt = article.updatedAt;
    kept.editedBy = article.updatedBy;
    return versions.persist(kept).replaceWithVoid();
  }

  private void apply(ArticleRecord article, ArticleInput input, Instant now, Actor actor) {
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
    article.kind = input.kind();
    article.title = input.title().strip();
    article.summary = summary;
    article.riskSubTypes = orEmpty(input.riskSubTypes()).toArray(String[]::new);
    article.incidentCategories = orEmpty(input.incidentCategories()).toArray(String[]::new);
    article.stepsJson = encode(steps);
    article.searchText = text.toString();
    article.updatedAt = now;
    article.updatedBy = actor.displayName();
  }

  private static void validate(ArticleInput input) {
    List<String> subTypes = orEmpty(input.riskSubTypes());
    for (int i = 0; i < subTypes.size(); i++) {
      if (Arrays.stream(SubType.values()).map(Enum::name).noneMatch(subTypes.get(i)::equals)) {
        throw ProblemException.invalid(
            "riskSubTypes[" + i + "]", "one-of", Arrays.toString(SubType.values()));
      }
    }
    List<String> categories = orEmpty(input.incidentCategories());
    for (int i = 0; i < categories.size(); i++) {
      if (Arrays.stream(IncidentCategory.values())
          .map(Enum::name)
          .noneMatch(categories.get(i)::equals)) {
        throw ProblemException.invalid(
            "incidentCategories[" + i + "]", "one-of", Arrays.toString(IncidentCategory.values()));
      }
    }
  }

  private Article article(ArticleRecord article) {
    return new Article(
        article.id,
        article.version,
        article.kind,
        article.title,
        article.summary,
        List.of(article.riskSubTypes),
        List.of(article.incidentCategories),
        readSteps(article.stepsJson),
        article.updatedAt,
        article.updatedBy);
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

  private static ArticleRecord require(ArticleRecord article, long id) {
    if (article == null) {
      throw ProblemException.notFound("article", id);
    }
    return article;
  }

  private static List<String> orEmpty(List<String> values) {
    return values == null ? List.of() : values.stream().map(String::strip).distinct().toList();
  }

  private static String escapeLike(String word) {
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
