package com.kuailv.emergency.alert;

import com.kuailv.emergency.incident.IncidentApi;
import com.kuailv.emergency.incident.IncidentStatus;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * When an incident ends (resolved or cancelled), its open alerts are resolved with it, in the same
 * transaction, as PagerDuty and Grafana OnCall do: a later trigger with the same dedup key is then
 * a new alert that is routed again instead of counting on an incident nobody looks at.
 */
@ApplicationScoped
class IncidentAlerts implements IncidentApi.EndListener {
  @Override
  public Uni<Void> incidentEnded(long incidentId, IncidentStatus status, Instant endedAt) {
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(
                        "update alert set status = 'RESOLVED', resolved_at = greatest(:at,"
                            + " first_seen_at) where id in (select a.id from alert a join"
                            + " alert_route r on r.alert_id = a.id where r.incident_id = :incident"
                            + " and a.status = 'OPEN'"
                            // Locked in intake's order of rows (integration, dedup key), so
                            // ending an incident and counting its repeats never deadlock.
                            + " order by a.integration_id, a.dedup_key collate \"C\""
                            + " for update of a)")
                    .setParameter("at", OffsetDateTime.ofInstant(endedAt, ZoneOffset.UTC))
                    .setParameter("incident", incidentId)
                    .executeUpdate())
        .replaceWithVoid();
  }
}
