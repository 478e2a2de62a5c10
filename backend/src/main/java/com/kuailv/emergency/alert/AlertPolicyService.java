package com.kuailv.emergency.alert;

import com.kuailv.emergency.alert.AlertPolicy.CreateSilence;
import com.kuailv.emergency.alert.AlertPolicy.Rule;
import com.kuailv.emergency.alert.AlertPolicy.Silence;
import com.kuailv.emergency.audit.AuditService;
import com.kuailv.emergency.common.error.ProblemException;
import com.kuailv.emergency.common.security.Actor;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Rules (ordered, per integration) and silences: what routing does with an alert. */
@ApplicationScoped
public class AlertPolicyService {
  static final Set<String> CATEGORIES =
      Set.of(
          "SYSTEM_CRASH",
          "NETWORK_FAILURE",
          "DATA_LOSS",
          "ORDER_PROCESSING",
          "INVENTORY_DISORDER",
          "DELIVERY_DELAY",
          "OTHER");
  private final RuleRepository rules;
  private final SilenceRepository silences;
  private final IntegrationRepository integrations;
  private final Clock clock;
  private final AuditService audit;

  AlertPolicyService(
      RuleRepository rules,
      SilenceRepository silences,
      IntegrationRepository integrations,
      Clock clock,
      AuditService audit) {
    this.rules = rules;
    this.silences = silences;
    this.integrations = integrations;
    this.clock = clock;
    this.audit = audit;
  }

  /** The integration's rules in order; 404 for an unknown integration. */
  @WithSession
  public Uni<List<Rule>> listRules(long integrationId) {
    return requireIntegration(integrationId, LockModeType.NONE).chain(() -> rulesOf(integrationId));
  }

  private Uni<List<Rule>> rulesOf(long integrationId) {
    return rules
        .ofIntegration(integrationId)
        .map(found -> found.stream().map(AlertPolicyService::rule).toList());
  }

  /**
   * Replaces the integration's rules with this ordered list; audited with the list before. 400
   * naming {@code [i].matcher} or {@code [i].category} for a bad rule.
   */
  @WithTransaction
  public Uni<List<Rule>> replaceRules(long integrationId, List<Rule> wanted, Actor actor) {
    for (int i = 0; i < wanted.size(); i++) {
      Rule rule = wanted.get(i);
      rule.matcher().validate("[" + i + "].matcher");
      if (rule.category() != null && !CATEGORIES.contains(rule.category())) {
        throw ProblemException.invalid(
            "[" + i + "].category", "one-of", new java.util.TreeSet<>(CATEGORIES));
      }
    }
    List<RuleRecord> records = new ArrayList<>();
    for (int i = 0; i < wanted.size(); i++) {
      records.add(record(integrationId, i, wanted.get(i)));
    }
    // The integration's row is locked: two replacements at once run one after the other, each
    // with the true list before it.
    return requireIntegration(integrationId, LockModeType.PESSIMISTIC_WRITE)
        .chain(() -> rulesOf(integrationId))
        .chain(
            before ->
                rules
                    .delete("integrationId", integrationId)
                    .chain(
                        () ->
                            records.isEmpty()
                                ? Uni.createFrom().voidItem()
                                : rules.persist(records))
                    .chain(rules::flush)
                    .chain(
                        () ->
                            audit.record(
                                actor,
                                "alert-rules.replaced",
                                "integration",
                                integrationId,
                                Map.of("rules", before),
                                Map.of("rules", wanted))))
        .chain(() -> rulesOf(integrationId));
  }

  /** The latest 500 silences; only those not ended yet when {@code activeOnly}. */
  @WithSession
  public Uni<List<Silence>> listSilences(boolean activeOnly) {
    return silences
        .latest(activeOnly ? clock.instant() : null)
        .map(found -> found.stream().map(AlertPolicyService::silence).toList());
  }

  /**
   * Silences matching alerts from {@code startsAt} to {@code endsAt}; 400 naming {@code endsAt}
   * when it is not after the start, 404 for an unknown integration.
   */
  @WithTransaction
  public Uni<Silence> createSilence(CreateSilence input, Actor actor) {
    input.matcher().validate("matcher");
    if (!input.endsAt().isAfter(input.startsAt())) {
      throw ProblemException.invalid("endsAt", "after-start");
    }
    SilenceRecord silence = new SilenceRecord();
    silence.integrationId = input.integrationId();
    silence.matchField = input.matcher().field();
    silence.matchLabel = input.matcher().label();
    silence.matchPattern = input.matcher().pattern();
    silence.startsAt = input.startsAt().toInstant();
    silence.endsAt = input.endsAt().toInstant();
    silence.reason = input.reason().strip();
    silence.createdBy = actor.displayName();
    silence.createdAt = clock.instant();
    Uni<Void> check =
        input.integrationId() == null
            ? Uni.createFrom().voidItem()
            : requireIntegration(input.integrationId(), LockModeType.NONE);
    return check
        .chain(() -> silences.persistAndFlush(silence))
        .map(AlertPolicyService::silence)
        .call(
            created ->
                audit.record(actor, "silence.created", "silence", created.id(), null, created));
  }

  /** Ends the silence now (never before it starts); audited with its end before and after. */
  @WithTransaction
  public Uni<Silence> expireSilence(long id, Actor actor) {
    return silences
        .lock(id)
        .chain(
            silence -> {
              if (silence == null) {
                throw ProblemException.notFound("Silence", id);
              }
              Silence before = silence(silence);
              Instant earliest = silence.startsAt.plusMillis(1);
              Instant now = clock.instant();
              silence.endsAt = now.isAfter(earliest) ? now : earliest;
              return silences
                  .flush()
                  .map(ignored -> silence(silence))
                  .call(
                      after ->
                          audit.record(actor, "silence.expired", "silence", id, before, after));
            });
  }

  /** What routing applies to one integration's alerts now. */
  @WithSession
  Uni<AlertPolicy> policyFor(long integrationId) {
    return rulesOf(integrationId)
        .chain(
            ruleList ->
                silences
                    .activeFor(integrationId, clock.instant())
                    .map(
                        found ->
                            new AlertPolicy(
                                ruleList,
                                found.stream().map(AlertPolicyService::silence).toList())));
  }

  private Uni<Void> requireIntegration(long id, LockModeType lock) {
    return integrations
        .findById(id, lock)
        .map(
            integration -> {
              if (integration == null) {
                throw ProblemException.notFound("Integration", id);
              }
              return null;
            });
  }

  private static RuleRecord record(long integrationId, int position, Rule rule) {
    RuleRecord record = new RuleRecord();
    record.integrationId = integrationId;
    record.position = position;
    record.name = rule.name().strip();
    record.matchField = rule.matcher().field();
    record.matchLabel = rule.matcher().label();
    record.matchPattern = rule.matcher().pattern();
    record.action = rule.action();
    record.category = rule.category();
    record.titleTemplate = rule.titleTemplate();
    record.windowMinutes = rule.window();
    record.businessLine = rule.businessLine();
    record.proposedGrade = rule.proposedGrade();
    return record;
  }

  private static Rule rule(RuleRecord record) {
    return new Rule(
        record.name,
        new Matcher(record.matchField, record.matchLabel, record.matchPattern),
        record.action,
        record.category,
        record.titleTemplate,
        record.windowMinutes,
        record.businessLine,
        record.proposedGrade);
  }

  private static Silence silence(SilenceRecord record) {
    return new Silence(
        record.id,
        record.integrationId,
        new Matcher(record.matchField, record.matchLabel, record.matchPattern),
        record.startsAt,
        record.endsAt,
        record.reason,
        record.createdBy);
  }
}
