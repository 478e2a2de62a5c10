package com.kuailv.emergency.alert;

import com.kuailv.emergency.alert.AlertApi.AlertView;
import com.kuailv.emergency.audit.AuditService;
import com.kuailv.emergency.common.paging.PageResponse;
import com.kuailv.emergency.common.security.Actor;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads alerts, most recently seen first, and puts alerts that routing set aside back in its queue.
 * Alerts are read on the SQL pool, where the intake writes them (its measured hot path); the one
 * write here runs in Hibernate Reactive's unit of work.
 */
@ApplicationScoped
public class AlertService {
  private final Pool pool;
  private final AuditService audit;

  AlertService(Pool pool, AuditService audit) {
    this.pool = pool;
    this.audit = audit;
  }

  /**
   * Alerts, newest first, page by page: {@code status} OPEN (including acknowledged ones),
   * ACKNOWLEDGED or RESOLVED, or null for all; {@code incidentId} only those routed to that
   * incident, or null for all; {@code unrouted} only those routing set aside with an error.
   */
  public Uni<PageResponse<AlertView>> listAlerts(
      String status, Long incidentId, boolean unrouted, int page, int size) {
    List<String> conditions = new ArrayList<>();
    Tuple filter = Tuple.tuple();
    if (unrouted) {
      conditions.add("q.failed_at is not null");
    }
    if (status != null) {
      filter.addString(status.equals("ACKNOWLEDGED") ? "OPEN" : status);
      conditions.add("a.status = $" + filter.size());
      if (status.equals("ACKNOWLEDGED")) {
        conditions.add("a.acknowledged_at is not null");
      }
    }
    if (incidentId != null) {
      filter.addLong(incidentId);
      conditions.add("r.incident_id = $" + filter.size());
    }
    String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    Tuple args = Tuple.tuple();
    for (int i = 0; i < filter.size(); i++) {
      args.addValue(filter.getValue(i));
    }
    args.addInteger(size).addInteger(page * size);
    int limit = filter.size() + 1;
    String from =
        " from alert a left join alert_route r on r.alert_id = a.id"
            + " left join alert_routing_queue q on q.alert_id = a.id";
    // Counting needs the route and the queue only to filter by them.
    String countFrom = incidentId == null && !unrouted ? " from alert a" : from;
    return pool.preparedQuery(
            "select a.id, a.integration_id, a.dedup_key, a.status, a.severity, a.summary,"
                + " a.source, a.count, a.first_seen_at, a.last_seen_at, a.resolved_at,"
                + " a.acknowledged_at, r.incident_id, q.error as routing_error,"
                // A page shows what senders sent, but not a 512 KB body per alert.
                + " case when octet_length(a.details::text) > 65536"
                + " then '{\"omitted\": \"over 64 KB\"}'::jsonb else a.details end as details"
                + from
                + where
                + " order by a.id desc limit $"
                + limit
                + " offset $"
                + (limit + 1))
        .execute(args)
        .chain(
            rows ->
                pool.preparedQuery("select count(*)" + countFrom + where)
                    .execute(filter)
                    .map(
                        counted -> {
                          List<AlertView> items = new ArrayList<>();
                          for (Row row : rows) {
                            items.add(toView(row));
                          }
                          return new PageResponse<>(
                              items, page, size, counted.iterator().next().getLong(0));
                        }));
  }

  /**
   * Puts every alert that routing set aside back in its queue, for the next run (within a second);
   * audited with the alerts and their errors. Answers how many.
   */
  @WithTransaction
  public Uni<Integer> retryRouting(Actor actor) {
    return Panache.getSession()
        .chain(
            session ->
                session
                    .<Object[]>createNativeQuery(
                        "with retried as (select alert_id, error from alert_routing_queue"
                            + " where failed_at is not null for update)"
                            + " update alert_routing_queue q set failed_at = null, error = null,"
                            + " attempts = 0"
                            + " from retried where q.alert_id = retried.alert_id"
                            + " returning q.alert_id, retried.error")
                    .getResultList())
        .call(
            rows -> {
              if (rows.isEmpty()) {
                return Uni.createFrom().voidItem();
              }
              Map<String, String> errors = new TreeMap<>();
              for (Object[] row : rows) {
                errors.put(String.valueOf(row[0]), (String) row[1]);
              }
              return audit.record(
                  actor,
                  "alert.routing-retried",
                  "alert-routing",
                  rows.size() + " alert(s)",
                  Map.of("setAside", errors),
                  Map.of("queued", errors.keySet()));
            })
        .map(List::size);
  }

  private static AlertView toView(Row row) {
    return new AlertView(
        row.getLong("id"),
        row.getLong("integration_id"),
        row.getString("dedup_key"),
        row.getValue("acknowledged_at") != null && "OPEN".equals(row.getString("status"))
            ? "ACKNOWLEDGED"
            : row.getString("status"),
        row.getString("severity"),
        row.getString("summary"),
        row.getString("source"),
        row.getInteger("count"),
        row.getOffsetDateTime("first_seen_at").toInstant(),
        row.getOffsetDateTime("last_seen_at").toInstant(),
        instant(row, "resolved_at"),
        instant(row, "acknowledged_at"),
        row.getLong("incident_id"),
        row.getJsonObject("details") == null ? null : row.getJsonObject("details").getMap(),
        row.getString("routing_error"));
  }

  private static java.time.Instant instant(Row row, String column) {
    java.time.OffsetDateTime at = row.getOffsetDateTime(column);
    return at == null ? null : at.toInstant();
  }
}
