package com.kuailv.emergency.alert;

import com.kuailv.emergency.common.db.ClusterLock;
import com.kuailv.emergency.common.security.Actor;
import com.kuailv.emergency.incident.IncidentApi.ImpactScope;
import com.kuailv.emergency.incident.IncidentApi.IncidentView;
import com.kuailv.emergency.incident.IncidentApi.ReportIncident;
import com.kuailv.emergency.incident.IncidentCategory;
import com.kuailv.emergency.incident.IncidentService;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns newly opened alerts into incidents after the intake has answered: the alerts of one group
 * (Alertmanager's group key, an event's group) join the group's active incident, or open one. A
 * storm of a thousand alerts of one outage makes one incident. Runs once per cluster at a time,
 * under a PostgreSQL advisory lock.
 */
@ApplicationScoped
class AlertRouter {
  static final long LOCK = 7_101_001L;
  private static final int BATCH = 1000;
  private static final int MAX_BATCHES_PER_RUN = 30;

  /** An alert is routed once: a second decision for it changes nothing. */
  private static final String ON_CONFLICT = " on conflict (alert_id) do nothing";

  record Queued(
      long alertId,
      long integrationId,
      String integrationName,
      String groupKey,
      String summary,
      String source,
      OffsetDateTime firstSeenAt,
      Matcher.Facts facts) {}

  private final Pool pool;
  private final IncidentService incidents;
  private final AlertPolicyService policies;

  AlertRouter(Pool pool, IncidentService incidents, AlertPolicyService policies) {
    this.pool = pool;
    this.incidents = incidents;
    this.policies = policies;
  }

  @Scheduled(
      every = "{kuailv.alerts.routing-every}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> routeQueuedAlerts() {
    return ClusterLock.runExclusively(pool, LOCK, () -> routeUntilDrained(MAX_BATCHES_PER_RUN));
  }

  /** A storm queues faster than one batch a run: keep routing while batches come back full. */
  private Uni<Void> routeUntilDrained(int batches) {
    return routeBatch()
        .chain(
            routed ->
                routed == BATCH && batches > 1
                    ? routeUntilDrained(batches - 1)
                    : Uni.createFrom().voidItem());
  }

  /** Routes the oldest queued alerts; answers how many. */
  private Uni<Integer> routeBatch() {
    // The oldest queued first, then their alerts by id: a join of the whole queue would let the
    // planner merge it with every alert from the first one ever stored. Planned on every run, not
    // prepared: a plan cached while the alert table was small hashes the whole table once it has
    // grown, and in a storm it grows long before autovacuum analyzes it again.
    return pool.query(
            "select q.alert_id, a.integration_id, i.name, a.group_key, a.summary, a.source,"
                + " a.first_seen_at, a.severity, a.details -> 'labels'"
                + " from (select alert_id from alert_routing_queue order by alert_id limit "
                + BATCH
                + ") q"
                + " join alert a on a.id = q.alert_id"
                + " join integration i on i.id = a.integration_id order by q.alert_id")
        .execute()
        .chain(
            rows -> {
              Map<String, List<Queued>> groups = new LinkedHashMap<>();
              for (Row row : rows) {
                Queued queued =
                    new Queued(
                        row.getLong(0),
                        row.getLong(1),
                        row.getString(2),
                        row.getString(3),
                        row.getString(4),
                        row.getString(5),
                        row.getOffsetDateTime(6),
                        new Matcher.Facts(
                            labels(row.getValue(8)),
                            row.getString(7).toLowerCase(),
                            row.getString(5),
                            row.getString(4)));
                groups
                    .computeIfAbsent(
                        queued.integrationId() + "\u0000" + queued.groupKey(),
                        k -> new ArrayList<>())
                    .add(queued);
              }
              return Multi.createFrom()
                  .iterable(groups.values())
                  .onItem()
                  .transformToUniAndConcatenate(this::routeGroup)
                  .collect()
                  .last()
                  .replaceWith(rows.size());
            });
  }

  private Uni<Void> routeGroup(List<Queued> alerts) {
    return policies
        .policyFor(alerts.get(0).integrationId())
        .chain(
            policy -> {
              java.time.Instant now = java.time.Instant.now();
              Map<Long, List<Long>> silenced = new LinkedHashMap<>();
              List<Queued> routed = new ArrayList<>();
              for (Queued alert : alerts) {
                AlertPolicy.Silence silence = policy.silenceFor(alert.facts(), now);
                if (silence == null) {
                  routed.add(alert);
                } else {
                  silenced
                      .computeIfAbsent(silence.id(), k -> new ArrayList<>())
                      .add(alert.alertId());
                }
              }
              Uni<Void> done = Uni.createFrom().voidItem();
              for (Map.Entry<Long, List<Long>> entry : silenced.entrySet()) {
                done =
                    done.chain(
                        () ->
                            finish(
                                entry.getValue(),
                                "insert into alert_route (alert_id, suppressed_by, routed_at)"
                                    + " select unnest($1::bigint[]), $2, now()"
                                    + ON_CONFLICT,
                                entry.getKey()));
              }
              return routed.isEmpty() ? done : done.chain(() -> apply(policy, routed));
            });
  }

  private Uni<Void> apply(AlertPolicy policy, List<Queued> alerts) {
    Queued first = alerts.get(0);
    List<Long> ids = alerts.stream().map(Queued::alertId).toList();
    AlertPolicy.Rule rule = policy.ruleFor(first.facts());
    if (rule != null && rule.action() == AlertPolicy.Action.RECORD) {
      return finish(
          ids,
          "insert into alert_route (alert_id, routed_by, routed_at)"
              + " select unnest($1::bigint[]), $2, now()"
              + ON_CONFLICT,
          rule.name());
    }
    int window = rule != null && rule.action() == AlertPolicy.Action.ATTACH ? rule.window() : 0;
    String ruleName = rule == null ? null : rule.name();
    return groupIncident(first, window)
        .chain(
            found ->
                found != null
                    ? finish(
                        ids,
                        "insert into alert_route (alert_id, incident_id, routed_by, routed_at)"
                            + " select unnest($1::bigint[]), $2, $3, now()"
                            + ON_CONFLICT,
                        found,
                        ruleName)
                    : openIncident(first, alerts.size(), rule)
                        .chain(opened -> finishOpened(first, ids, opened, ruleName)));
  }

  /** The group's active incident (opened within the window, if one is given), or null. */
  private Uni<Long> groupIncident(Queued alert, int windowMinutes) {
    String since =
        windowMinutes > 0 ? " and i.reported_at >= now() - make_interval(mins => $3)" : "";
    Tuple args = Tuple.of(alert.integrationId(), alert.groupKey());
    if (windowMinutes > 0) {
      args.addInteger(windowMinutes);
    }
    return pool.preparedQuery(
            "select g.incident_id from alert_group_incident g join incident i on i.id ="
                + " g.incident_id where g.integration_id = $1 and g.group_key = $2"
                + " and i.status in ('REPORTED', 'ASSESSING', 'RESPONDING', 'VERIFYING')"
                + since)
        .execute(args)
        .map(rows -> rows.size() > 0 ? rows.iterator().next().getLong(0) : null);
  }

  /** Like {@link #finish}, and the group's incident is now the one just opened. */
  private Uni<Void> finishOpened(Queued first, List<Long> ids, long incidentId, String ruleName) {
    return finish(
        ids,
        "with routed as (insert into alert_route (alert_id, incident_id, routed_by, routed_at)"
            + " select unnest($1::bigint[]), $2, $3, now()"
            + ON_CONFLICT
            + ")"
            + " insert into alert_group_incident (integration_id, group_key, incident_id)"
            + " values ($4, $5, $2) on conflict (integration_id, group_key)"
            + " do update set incident_id = excluded.incident_id",
        incidentId,
        ruleName,
        first.integrationId(),
        first.groupKey());
  }

  /**
   * Records one decision ($1 the alert ids, then the values) for these alerts and takes them off
   * the queue, in one transaction; the alerts' own rows, which intake updates, are not touched.
   */
  private Uni<Void> finish(List<Long> ids, String record, Object... values) {
    Long[] array = ids.toArray(Long[]::new);
    Tuple args = Tuple.of((Object) array);
    for (Object value : values) {
      args.addValue(value);
    }
    return pool.withTransaction(
            connection ->
                connection
                    .preparedQuery(record)
                    .execute(args)
                    .chain(
                        () ->
                            connection
                                .preparedQuery(
                                    "delete from alert_routing_queue where alert_id = any($1)")
                                .execute(Tuple.of((Object) array))))
        .replaceWithVoid();
  }

  private static Map<String, String> labels(Object json) {
    Map<String, String> labels = new java.util.TreeMap<>();
    if (json instanceof io.vertx.core.json.JsonObject object) {
      object.forEach(entry -> labels.put(entry.getKey(), String.valueOf(entry.getValue())));
    }
    return labels;
  }

  private Uni<Long> openIncident(Queued alert, int alertsInGroup, AlertPolicy.Rule rule) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    OffsetDateTime occurred = alert.firstSeenAt().isAfter(now) ? now : alert.firstSeenAt();
    String wanted = rule == null ? alert.summary() : rule.title(alert.facts());
    String title = wanted.length() > 200 ? wanted.substring(0, 200) : wanted;
    ReportIncident report =
        new ReportIncident(
            title.isBlank() ? "告警 " + alert.groupKey() : title,
            alert.summary()
                + "\n("
                + alertsInGroup
                + " alert(s) of group "
                + alert.groupKey()
                + ")",
            occurred,
            new ImpactScope(
                List.of(alert.source().isBlank() ? alert.integrationName() : alert.source()),
                List.of(),
                List.of()),
            null,
            rule == null || rule.category() == null
                ? null
                : IncidentCategory.valueOf(rule.category()));
    Actor system =
        new Actor(
            "integration:" + alert.integrationId(),
            "integration",
            "告警 · " + alert.integrationName(),
            Set.of());
    return incidents.reportIncident(report, system).map(IncidentView::id);
  }
}
