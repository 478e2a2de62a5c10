package com.kuailv.emergency.risk;

import com.kuailv.emergency.audit.AuditService;
import com.kuailv.emergency.common.error.ProblemException;
import com.kuailv.emergency.common.security.Actor;
import com.kuailv.emergency.incident.IncidentService;
import com.kuailv.emergency.knowledge.KnowledgeService;
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
import com.kuailv.emergency.safeguard.SafeguardService;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The risk register: each risk scored likelihood x impact into a band, with its history of score
 * changes, its links, and an audit entry for every write in the write's transaction.
 */
@ApplicationScoped
public class RiskService {
  static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  private final RiskRepository risks;
  private final RiskLinkRepository links;
  private final ScoreChangeRepository scoreChanges;
  private final BandRepository bands;
  private final AuditService audit;
  private final IncidentService incidents;
  private final SafeguardService safeguards;
  private final KnowledgeService knowledge;
  private final Clock clock;

  RiskService(
      RiskRepository risks,
      RiskLinkRepository links,
      ScoreChangeRepository scoreChanges,
      BandRepository bands,
      AuditService audit,
      IncidentService incidents,
      SafeguardService safeguards,
      KnowledgeService knowledge,
      Clock clock) {
    this.risks = risks;
    this.links = links;
    this.scoreChanges = scoreChanges;
    this.bands = bands;
    this.audit = audit;
    this.incidents = incidents;
    this.safeguards = safeguards;
    this.knowledge = knowledge;
    this.clock = clock;
  }

  public record Filter(
      Category category, SubType subType, Status status, String band, Boolean overdue) {}

  /** Risks matching the filter, highest score first; {@code band} filters on the band's code. */
  @WithSession
  public Uni<List<RiskView>> list(Filter filter) {
    return bands()
        .chain(
            bandList ->
                risks
                    .matching(filter)
                    .map(
                        found ->
                            found.stream()
                                .map(risk -> view(risk, bandList))
                                .filter(
                                    risk ->
                                        filter.band() == null || filter.band().equals(risk.band()))
                                .toList()));
  }

  /** The risk with its links and score history; 404 when there is none. */
  @WithSession
  public Uni<RiskDetail> get(long id) {
    return bands()
        .chain(bandList -> risks.findById(id).map(risk -> view(require(risk, id), bandList)))
        .chain(
            risk ->
                links
                    .forRisk(id)
                    .map(found -> found.stream().map(RiskService::link).toList())
                    .chain(
                        linkList ->
                            scoreChanges
                                .forRisk(id)
                                .map(
                                    history ->
                                        new RiskDetail(
                                            risk,
                                            linkList,
                                            history.stream()
                                                .map(RiskService::scoreChange)
                                                .toList()))));
  }

  /** Registers a risk; 400 naming the field when the sub-type does not fit the category. */
  @WithTransaction
  public Uni<RiskView> create(RiskInput input, Actor actor) {
    validate(input);
    Instant now = clock.instant();
    Risk risk = new Risk();
    risk.createdAt = now;
    apply(risk, input, now);
    return bands()
        .chain(
            bandList ->
                risks
                    .persistAndFlush(risk)
                    .map(stored -> view(stored, bandList))
                    .call(view -> scoreChanged(view, actor))
                    .call(
                        view ->
                            audit.record(actor, "risk.created", "risk", view.id(), null, view)));
  }

  /** Changes the risk read at {@code version}; 412 when someone changed it since. */
  @WithTransaction
  public Uni<RiskView> update(long id, long version, RiskInput input, Actor actor) {
    validate(input);
    return bands()
        .chain(
            bandList ->
                risks
                    .lock(id)
                    .chain(
                        risk -> {
                          require(risk, id);
                          if (risk.version != version) {
                            throw stale();
                          }
                          RiskView before = view(risk, bandList);
                          apply(risk, input, clock.instant());
                          return risks
                              .flush()
                              .map(ignored -> view(risk, bandList))
                              .call(
                                  after ->
                                      after.score() != before.score()
                                              || after.likelihood() != before.likelihood()
                                          ? scoreChanged(after, actor)
                                          : Uni.createFrom().voidItem())
                              .call(
                                  after ->
                                      audit.record(
                                          actor, "risk.updated", "risk", id, before, after));
                        }));
  }

  /**
   * Links the risk to a record, or changes the note of that link; 404 for an unknown risk, 400
   * naming {@code targetId} when the incident, safeguard or runbook does not exist. (Drills have no
   * register yet: their numbers are taken as given.)
   */
  @WithTransaction
  public Uni<Link> link(long id, LinkInput input, Actor actor) {
    RiskLink link = new RiskLink();
    link.riskId = id;
    link.kind = input.kind();
    link.targetId = input.targetId();
    link.note = input.note() == null ? "" : input.note().strip();
    Link view = link(link);
    return risks
        .lock(id)
        .invoke(risk -> require(risk, id))
        .chain(() -> targetExists(input.kind(), input.targetId()))
        .chain(
            exists -> {
              if (!exists) {
                throw ProblemException.invalid(
                    "targetId",
                    "target-missing",
                    input.kind().name().toLowerCase(),
                    input.targetId());
              }
              return links.upsert(link);
            })
        .call(() -> audit.record(actor, "risk.linked", "risk", id, null, view))
        .replaceWith(view);
  }

  private Uni<Boolean> targetExists(RiskApi.LinkKind kind, long targetId) {
    return switch (kind) {
      case INCIDENT -> incidents.exists(targetId);
      case SAFEGUARD -> safeguards.exists(targetId);
      case RUNBOOK -> knowledge.exists(targetId);
      case DRILL -> Uni.createFrom().item(true);
    };
  }

  /** Removes a link; 404 when there is none. */
  @WithTransaction
  public Uni<Void> unlink(long id, RiskApi.LinkKind kind, long targetId, Actor actor) {
    return links
        .delete("riskId = ?1 and kind = ?2 and targetId = ?3", id, kind, targetId)
        .chain(
            deleted -> {
              if (deleted == 0) {
                throw ProblemException.notFound("risk link", kind + "/" + targetId);
              }
              return audit.record(
                  actor, "risk.unlinked", "risk", id, new Link(kind, targetId, ""), null);
            });
  }

  /** The 5 x 5 matrix, likelihood 5 first: each cell with its score, band and open risks. */
  @WithSession
  public Uni<List<HeatCell>> heatMap() {
    return bands()
        .chain(
            bandList ->
                risks
                    .openPerCell()
                    .map(
                        rows -> {
                          int[][] counts = new int[6][6];
                          for (Object[] row : rows) {
                            counts[((Number) row[0]).intValue()][((Number) row[1]).intValue()] =
                                ((Number) row[2]).intValue();
                          }
                          List<HeatCell> cells = new ArrayList<>();
                          for (int likelihood = 5; likelihood >= 1; likelihood--) {
                            for (int impact = 1; impact <= 5; impact++) {
                              int score = likelihood * impact;
                              cells.add(
                                  new HeatCell(
                                      likelihood,
                                      impact,
                                      score,
                                      bandOf(bandList, score),
                                      counts[likelihood][impact]));
                            }
                          }
                          return cells;
                        }));
  }

  /** The bands, lowest scores first. */
  @WithSession
  public Uni<List<Band>> bands() {
    return bands
        .ordered()
        .map(
            found ->
                found.stream()
                    .map(band -> new Band(band.code, band.minScore, band.maxScore))
                    .toList());
  }

  /** Replaces the bands; they must cover scores 1 to 25 without gaps or overlaps (400 if not). */
  @WithTransaction
  public Uni<List<Band>> replaceBands(List<Band> wanted, Actor actor) {
    List<Band> sorted = wanted.stream().sorted(Comparator.comparing(Band::minScore)).toList();
    int next = 1;
    for (Band band : sorted) {
      if (band.minScore() != next || band.maxScore() < band.minScore()) {
        throw ProblemException.invalid("bands", "bands-cover");
      }
      next = band.maxScore() + 1;
    }
    if (next != 26 || sorted.stream().map(Band::code).distinct().count() != sorted.size()) {
      throw ProblemException.invalid("bands", "bands-codes");
    }
    return bands()
        .chain(
            before ->
                bands
                    .ordered()
                    .chain(stored -> replace(stored, sorted))
                    .call(
                        () ->
                            audit.record(
                                actor, "risk.bands-replaced", "risk-band", "all", before, sorted))
                    .replaceWith(sorted));
  }

  /** Changes the stored bands in place into the wanted ones: kept codes change their range. */
  private Uni<Void> replace(List<RiskBand> stored, List<Band> wanted) {
    Map<String, RiskBand> byCode = new HashMap<>();
    stored.forEach(band -> byCode.put(band.code, band));
    List<RiskBand> added = new ArrayList<>();
    for (Band band : wanted) {
      RiskBand entity = byCode.remove(band.code());
      if (entity == null) {
        entity = new RiskBand();
        entity.code = band.code();
        added.add(entity);
      }
      entity.minScore = band.minScore();
      entity.maxScore = band.maxScore();
    }
    Uni<Void> chain = Uni.createFrom().voidItem();
    for (RiskBand gone : byCode.values()) {
      chain = chain.call(() -> bands.delete(gone));
    }
    return chain
        .call(() -> added.isEmpty() ? Uni.createFrom().voidItem() : bands.persist(added))
        .call(bands::flush);
  }

  /**
   * Marks risks whose review date (Beijing time) has passed, and clears the mark when the date was
   * moved; answers how many changed.
   */
  @WithTransaction
  public Uni<Integer> flagOverdueReviews(LocalDate today) {
    return risks
        .markOverdue(today)
        .chain(
            marks ->
                audit.recordFlags(
                    marks, "risk", "reviewOverdue", "risk.review-overdue", "risk.review-current"));
  }

  LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), BEIJING);
  }

  private Uni<Void> scoreChanged(RiskView risk, Actor actor) {
    RiskScoreChange change = new RiskScoreChange();
    change.riskId = risk.id();
    change.at = clock.instant();
    change.likelihood = risk.likelihood();
    change.impact = risk.impact();
    change.score = risk.score();
    change.changedBy = actor.displayName();
    return scoreChanges.persist(change).replaceWithVoid();
  }

  private void apply(Risk risk, RiskInput input, Instant now) {
    risk.title = input.title().strip();
    risk.description = input.description() == null ? "" : input.description().strip();
    risk.category = input.category();
    risk.subType = input.subType();
    risk.customSubType = input.subType() == SubType.CUSTOM ? input.customSubType().strip() : null;
    risk.likelihood = input.likelihood();
    risk.impact = input.impact();
    risk.ownerName = input.ownerName() == null ? "" : input.ownerName().strip();
    risk.mitigations =
        (input.mitigations() == null ? List.<String>of() : input.mitigations())
            .stream().map(String::strip).toArray(String[]::new);
    risk.status = input.status();
    risk.nextReviewOn = input.nextReviewOn();
    risk.reviewOverdue = input.status() != Status.CLOSED && input.nextReviewOn().isBefore(today());
    risk.updatedAt = now;
  }

  private static void validate(RiskInput input) {
    if (!input.subType().fits(input.category())) {
      throw ProblemException.invalid("subType", "sub-type-category", input.category());
    }
    if (input.subType() == SubType.CUSTOM
        && (input.customSubType() == null || input.customSubType().isBlank())) {
      throw ProblemException.invalid("customSubType", "required-custom");
    }
  }

  private static Risk require(Risk risk, long id) {
    if (risk == null) {
      throw ProblemException.notFound("risk", id);
    }
    return risk;
  }

  private static ProblemException stale() {
    return ProblemException.stale("risk");
  }

  private static RiskView view(Risk risk, List<Band> bands) {
    int score = risk.score();
    return new RiskView(
        risk.id,
        risk.version,
        risk.title,
        risk.description,
        risk.category,
        risk.subType,
        risk.customSubType,
        risk.likelihood,
        risk.impact,
        score,
        bandOf(bands, score),
        risk.ownerName,
        List.of(risk.mitigations),
        risk.status,
        risk.nextReviewOn,
        risk.reviewOverdue,
        risk.createdAt,
        risk.updatedAt);
  }

  private static Link link(RiskLink link) {
    return new Link(link.kind, link.targetId, link.note);
  }

  private static ScoreChange scoreChange(RiskScoreChange change) {
    return new ScoreChange(
        change.at, change.likelihood, change.impact, change.score, change.changedBy);
  }

  private static String bandOf(List<Band> bands, int score) {
    for (Band band : bands) {
      if (score >= band.minScore() && score <= band.maxScore()) {
        return band.code();
      }
    }
    return "";
  }
}
