package com.kuailv.emergency.alert;

import com.kuailv.emergency.alert.AlertApi.ChangeView;
import com.kuailv.emergency.incident.IncidentService;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Change events: stored as they arrive (like alerts, on the intake's connection pool), and read
 * back as the recent changes of an incident's services, the usual first suspect.
 */
@ApplicationScoped
public class ChangeService {
  /** How far before an incident began its services' changes are shown. */
  static final Duration LOOKBACK = Duration.ofHours(6);

  private static final int LIMIT = 50;

  private final Pool pool;
  private final IncidentService incidents;
  private final Clock clock;

  ChangeService(Pool pool, IncidentService incidents, Clock clock) {
    this.pool = pool;
    this.incidents = incidents;
    this.clock = clock;
  }

  /** Stores the change sent to this integration; answers once it is committed. */
  Uni<Void> record(AlertIntake.Sender sender, ChangePayload.Change change) {
    return pool.preparedQuery(
            "insert into change_event (integration_id, summary, source, happened_at,"
                + " received_at, details) values ($1, $2, $3, $4, $5, $6::text::jsonb)")
        .execute(
            Tuple.from(
                List.of(
                    sender.integrationId(),
                    change.summary(),
                    change.source() == null ? "" : change.source(),
                    utc(change.happenedAt()),
                    utc(clock.instant()),
                    change.details())))
        .replaceWithVoid();
  }

  /**
   * The changes of the incident's affected systems (a change's source equal to one, ignoring case)
   * from 6 hours before it began until it ended (or now), newest first, at most 50. 404 for an
   * unknown incident.
   */
  public Uni<List<ChangeView>> recentChanges(long incidentId) {
    return incidents
        .getIncident(incidentId)
        .chain(
            incident -> {
              List<String> systems =
                  incident.scope().affectedSystems() == null
                      ? List.of()
                      : incident.scope().affectedSystems().stream()
                          .map(system -> system.strip().toLowerCase(Locale.ROOT))
                          .toList();
              Instant until = first(incident.resolvedAt(), incident.cancelledAt(), clock.instant());
              return pool.preparedQuery(
                      "select c.id, c.integration_id, i.name, c.summary, c.source, c.happened_at,"
                          + " c.details from change_event c join integration i"
                          + " on i.id = c.integration_id"
                          + " where lower(c.source) = any($1) and c.happened_at >= $2"
                          + " and c.happened_at <= $3 order by c.happened_at desc limit "
                          + LIMIT)
                  .execute(
                      Tuple.of(
                          systems.toArray(String[]::new),
                          utc(incident.occurredAt().minus(LOOKBACK)),
                          utc(until)));
            })
        .map(
            rows -> {
              List<ChangeView> changes = new ArrayList<>();
              for (Row row : rows) {
                JsonObject details = (JsonObject) row.getValue(6);
                changes.add(
                    new ChangeView(
                        row.getLong(0),
                        row.getLong(1),
                        row.getString(2),
                        row.getString(3),
                        row.getString(4),
                        row.getOffsetDateTime(5).toInstant(),
                        details == null ? null : details.getMap().get("custom_details"),
                        details == null ? null : details.getMap().get("links")));
              }
              return changes;
            });
  }

  private static Instant first(Instant... times) {
    for (Instant time : times) {
      if (time != null) {
        return time;
      }
    }
    return null;
  }

  private static OffsetDateTime utc(Instant at) {
    return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }
}
