package com.kuailv.emergency.alert;

import com.kuailv.emergency.alert.AlertApi.AlertView;
import com.kuailv.emergency.common.paging.PageResponse;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/** Reads alerts, most recently seen first. */
@ApplicationScoped
public class AlertService {
  private final Pool pool;

  AlertService(Pool pool) {
    this.pool = pool;
  }

  public Uni<PageResponse<AlertView>> listAlerts(String status, int page, int size) {
    String where = status == null ? "" : " where a.status = $3";
    Tuple args = Tuple.of(size, page * size);
    if (status != null) {
      args.addString(status);
    }
    Tuple countArgs = status == null ? Tuple.tuple() : Tuple.of(status);
    String countWhere = status == null ? "" : " where status = $1";
    return pool.preparedQuery(
            "select a.id, a.integration_id, a.dedup_key, a.status, a.severity, a.summary,"
                + " a.source, a.count, a.first_seen_at, a.last_seen_at, a.resolved_at,"
                + " r.incident_id from alert a left join alert_route r on r.alert_id = a.id"
                + where
                + " order by a.id desc limit $1 offset $2")
        .execute(args)
        .chain(
            rows ->
                pool.preparedQuery("select count(*) from alert" + countWhere)
                    .execute(countArgs)
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

  private static AlertView toView(Row row) {
    return new AlertView(
        row.getLong("id"),
        row.getLong("integration_id"),
        row.getString("dedup_key"),
        row.getString("status"),
        row.getString("severity"),
        row.getString("summary"),
        row.getString("source"),
        row.getInteger("count"),
        row.getOffsetDateTime("first_seen_at").toInstant(),
        row.getOffsetDateTime("last_seen_at").toInstant(),
        row.getOffsetDateTime("resolved_at") == null
            ? null
            : row.getOffsetDateTime("resolved_at").toInstant(),
        row.getLong("incident_id"));
  }
}
