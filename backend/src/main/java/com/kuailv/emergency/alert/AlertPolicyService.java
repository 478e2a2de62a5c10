package com.kuailv.emergency.alert;

import com.kuailv.emergency.alert.AlertPolicy.CreateSilence;
import com.kuailv.emergency.alert.AlertPolicy.Rule;
import com.kuailv.emergency.alert.AlertPolicy.Silence;
import com.kuailv.emergency.audit.AuditService;
import com.kuailv.emergency.common.error.ProblemException;
import com.kuailv.emergency.common.security.Actor;
import com.kuailv.emergency.incident.BusinessLine;
import com.kuailv.emergency.incident.Grade;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
  private final Pool pool;
  private final Clock clock;
  private final AuditService audit;

  AlertPolicyService(Pool pool, Clock clock, AuditService audit) {
    this.pool = pool;
    this.clock = clock;
    this.audit = audit;
  }

  public Uni<List<Rule>> listRules(long integrationId) {
    return requireIntegration(integrationId).chain(ignored -> rulesOf(pool, integrationId));
  }

  /** The integration's rules in order, read through this client (a transaction's connection). */
  private Uni<List<Rule>> rulesOf(io.vertx.mutiny.sqlclient.SqlClient client, long integrationId) {
    return client
        .preparedQuery(
            "select name, match_field, match_label, match_pattern, action, category,"
                + " title_template, window_minutes, business_line, proposed_grade"
                + " from alert_rule"
                + " where integration_id = $1 order by position")
        .execute(Tuple.of(integrationId))
        .map(
            rows -> {
              List<Rule> rules = new ArrayList<>();
              for (Row row : rows) {
                rules.add(
                    new Rule(
                        row.getString(0),
                        new Matcher(
                            Matcher.Field.valueOf(row.getString(1)),
                            row.getString(2),
                            row.getString(3)),
                        AlertPolicy.Action.valueOf(row.getString(4)),
                        row.getString(5),
                        row.getString(6),
                        row.getInteger(7),
                        row.getString(8) == null ? null : BusinessLine.valueOf(row.getString(8)),
                        row.getString(9) == null ? null : Grade.valueOf(row.getString(9))));
              }
              return rules;
            });
  }

  /** Replaces the integration's rules with this ordered list; audited with the list before. */
  public Uni<List<Rule>> replaceRules(long integrationId, List<Rule> rules, Actor actor) {
    for (int i = 0; i < rules.size(); i++) {
      Rule rule = rules.get(i);
      rule.matcher().validate("[" + i + "].matcher");
      if (rule.category() != null && !CATEGORIES.contains(rule.category())) {
        throw ProblemException.invalidField("[" + i + "].category", "must be one of " + CATEGORIES);
      }
    }
    List<Tuple> rows = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      Rule rule = rules.get(i);
      rows.add(
          Tuple.from(
              java.util.Arrays.asList(
                  integrationId,
                  i,
                  rule.name().strip(),
                  rule.matcher().field().name(),
                  rule.matcher().label(),
                  rule.matcher().pattern(),
                  rule.action().name(),
                  rule.category(),
                  rule.titleTemplate(),
                  rule.window(),
                  rule.businessLine() == null ? null : rule.businessLine().name(),
                  rule.proposedGrade() == null ? null : rule.proposedGrade().name())));
    }
    return requireIntegration(integrationId)
        .chain(
            () ->
                pool.withTransaction(
                    connection ->
                        // The integration's row is locked: two replacements at once run one after
                        // the other, each with the true list before it.
                        connection
                            .preparedQuery("select id from integration where id = $1 for update")
                            .execute(Tuple.of(integrationId))
                            .chain(() -> rulesOf(connection, integrationId))
                            .chain(
                                before ->
                                    replace(
                                        connection, integrationId, rows, rules, before, actor))))
        .chain(() -> listRules(integrationId));
  }

  private Uni<Void> replace(
      io.vertx.mutiny.sqlclient.SqlClient connection,
      long integrationId,
      List<Tuple> rows,
      List<Rule> rules,
      List<Rule> before,
      Actor actor) {
    return connection
        .preparedQuery("delete from alert_rule where integration_id = $1")
        .execute(Tuple.of(integrationId))
        .chain(
            () ->
                rows.isEmpty()
                    ? Uni.createFrom().voidItem()
                    : connection
                        .preparedQuery(
                            "insert into alert_rule (integration_id, position,"
                                + " name, match_field, match_label,"
                                + " match_pattern, action, category,"
                                + " title_template, window_minutes,"
                                + " business_line, proposed_grade) values"
                                + " ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10,"
                                + " $11, $12)")
                        .executeBatch(rows)
                        .replaceWithVoid())
        .call(
            () ->
                audit.record(
                    connection,
                    actor,
                    "alert-rules.replaced",
                    "integration",
                    integrationId,
                    Map.of("rules", before),
                    Map.of("rules", rules)));
  }

  public Uni<List<Silence>> listSilences(boolean activeOnly) {
    String where = activeOnly ? " where ends_at > $1" : " where $1::timestamptz is not null";
    return pool.preparedQuery(
            "select id, integration_id, match_field, match_label, match_pattern, starts_at,"
                + " ends_at, reason, created_by from silence"
                + where
                + " order by starts_at desc limit 500")
        .execute(Tuple.of(now()))
        .map(AlertPolicyService::toSilences);
  }

  public Uni<Silence> createSilence(CreateSilence input, Actor actor) {
    input.matcher().validate("matcher");
    if (!input.endsAt().isAfter(input.startsAt())) {
      throw ProblemException.invalidField("endsAt", "must be after startsAt");
    }
    Uni<Void> check =
        input.integrationId() == null
            ? Uni.createFrom().voidItem()
            : requireIntegration(input.integrationId()).replaceWithVoid();
    return check.chain(
        () ->
            pool.withTransaction(
                tx ->
                    tx.preparedQuery(
                            "insert into silence (integration_id, match_field, match_label, match_pattern,"
                                + " starts_at, ends_at, reason, created_by, created_at)"
                                + " values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning id, integration_id,"
                                + " match_field, match_label, match_pattern, starts_at, ends_at, reason,"
                                + " created_by")
                        .execute(
                            Tuple.from(
                                java.util.Arrays.asList(
                                    input.integrationId(),
                                    input.matcher().field().name(),
                                    input.matcher().label(),
                                    input.matcher().pattern(),
                                    input.startsAt(),
                                    input.endsAt(),
                                    input.reason().strip(),
                                    actor.displayName(),
                                    now())))
                        .map(rows -> toSilences(rows).get(0))
                        .call(
                            created ->
                                audit.record(
                                    tx,
                                    actor,
                                    "silence.created",
                                    "silence",
                                    created.id(),
                                    null,
                                    created))));
  }

  /** Ends the silence now; audited with its end before and after. */
  public Uni<Silence> expireSilence(long id, Actor actor) {
    return pool.withTransaction(
        tx ->
            tx.preparedQuery(
                    "select id, integration_id, match_field, match_label, match_pattern,"
                        + " starts_at, ends_at, reason, created_by from silence where id = $1"
                        + " for update")
                .execute(Tuple.of(id))
                .chain(
                    found -> {
                      if (found.size() == 0) {
                        throw ProblemException.notFound("Silence", id);
                      }
                      Silence before = toSilences(found).get(0);
                      return tx.preparedQuery(
                              "update silence set ends_at = greatest(starts_at + interval '1"
                                  + " millisecond', $2) where id = $1 returning id,"
                                  + " integration_id, match_field, match_label, match_pattern,"
                                  + " starts_at, ends_at, reason, created_by")
                          .execute(Tuple.of(id, now()))
                          .map(rows -> toSilences(rows).get(0))
                          .call(
                              after ->
                                  audit.record(
                                      tx, actor, "silence.expired", "silence", id, before, after));
                    }));
  }

  /** What routing applies to one integration's alerts now. */
  Uni<AlertPolicy> policyFor(long integrationId) {
    return listRules(integrationId)
        .chain(
            rules ->
                pool.preparedQuery(
                        "select id, integration_id, match_field, match_label, match_pattern,"
                            + " starts_at, ends_at, reason, created_by from silence"
                            + " where (integration_id is null or integration_id = $1)"
                            + " and ends_at > $2")
                    .execute(Tuple.of(integrationId, now()))
                    .map(rows -> new AlertPolicy(rules, toSilences(rows))));
  }

  private Uni<Long> requireIntegration(long id) {
    return pool.preparedQuery("select id from integration where id = $1")
        .execute(Tuple.of(id))
        .map(
            rows -> {
              if (rows.size() == 0) {
                throw ProblemException.notFound("Integration", id);
              }
              return id;
            });
  }

  private OffsetDateTime now() {
    return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  private static List<Silence> toSilences(Iterable<Row> rows) {
    List<Silence> silences = new ArrayList<>();
    for (Row row : rows) {
      silences.add(
          new Silence(
              row.getLong(0),
              row.getLong(1),
              new Matcher(
                  Matcher.Field.valueOf(row.getString(2)), row.getString(3), row.getString(4)),
              row.getOffsetDateTime(5).toInstant(),
              row.getOffsetDateTime(6).toInstant(),
              row.getString(7),
              row.getString(8)));
    }
    return silences;
  }
}
