package com.kuailv.emergency.alert;

import com.kuailv.emergency.common.security.Actor;
import com.kuailv.emergency.incident.IncidentApi.ImpactScope;
import com.kuailv.emergency.incident.IncidentApi.IncidentView;
import com.kuailv.emergency.incident.IncidentApi.ReportIncident;
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

  record Queued(
      long alertId,
      long integrationId,
      String integrationName,
      String groupKey,
      String summary,
      String source,
      OffsetDateTime firstSeenAt) {}

  private final Pool pool;
  private final IncidentService incidents;

  AlertRouter(Pool pool, IncidentService incidents) {
    this.pool = pool;
    this.incidents = incidents;
  }

  @Scheduled(
      every = "{kuailv.alerts.routing-every}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> routeQueuedAlerts() {
    return pool.getConnection()
        .chain(
            lockHolder ->
                lockHolder
                    .query("select pg_try_advisory_lock(" + LOCK + ")")
                    .execute()
                    .chain(
                        rows ->
                            rows.iterator().next().getBoolean(0)
                                ? routeBatch()
                                    .eventually(
                                        () ->
                                            lockHolder
                                                .query("select pg_advisory_unlock(" + LOCK + ")")
                                                .execute())
                                : Uni.createFrom().voidItem())
                    .eventually(lockHolder::close))
        .replaceWithVoid();
  }

  private Uni<Void> routeBatch() {
    return pool.query(
            "select q.alert_id, a.integration_id, i.name, a.group_key, a.summary, a.source,"
                + " a.first_seen_at from alert_routing_queue q join alert a on a.id = q.alert_id"
                + " join integration i on i.id = a.integration_id order by q.alert_id limit 1000")
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
                        row.getOffsetDateTime(6));
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
                  .replaceWithVoid();
            });
  }

  private Uni<Void> routeGroup(List<Queued> alerts) {
    Queued first = alerts.get(0);
    Long[] ids = alerts.stream().map(Queued::alertId).toArray(Long[]::new);
    return pool.preparedQuery(
            "select a.incident_id from alert a join incident i on i.id = a.incident_id"
                + " where a.integration_id = $1 and a.group_key = $2"
                + " and i.status in ('REPORTED', 'ASSESSING', 'RESPONDING', 'VERIFYING')"
                + " order by a.id desc limit 1")
        .execute(Tuple.of(first.integrationId(), first.groupKey()))
        .chain(
            rows ->
                rows.size() > 0
                    ? Uni.createFrom().item(rows.iterator().next().getLong(0))
                    : openIncident(first, alerts.size()))
        .chain(
            incidentId ->
                pool.withTransaction(
                    connection ->
                        connection
                            .preparedQuery("update alert set incident_id = $1 where id = any($2)")
                            .execute(Tuple.of(incidentId, ids))
                            .chain(
                                () ->
                                    connection
                                        .preparedQuery(
                                            "delete from alert_routing_queue where alert_id = any($1)")
                                        .execute(Tuple.of((Object) ids)))))
        .replaceWithVoid();
  }

  private Uni<Long> openIncident(Queued alert, int alertsInGroup) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    OffsetDateTime occurred = alert.firstSeenAt().isAfter(now) ? now : alert.firstSeenAt();
    String title =
        alert.summary().length() > 200 ? alert.summary().substring(0, 200) : alert.summary();
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
            null);
    Actor system =
        new Actor(
            "integration:" + alert.integrationId(),
            "integration",
            "告警 · " + alert.integrationName(),
            Set.of());
    return incidents.reportIncident(report, system).map(IncidentView::id);
  }
}
