package com.kuailv.emergency.notification;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/**
 * Writes notifications to the outbox in the caller's transaction. The event key makes a repeat a
 * no-op, so a retried action never notifies twice. Delivery channels read the outbox later.
 */
@ApplicationScoped
public class NotificationService {
  private final Clock clock;

  NotificationService(Clock clock) {
    this.clock = clock;
  }

  /** Queues one notification; answers true if it was new. Must run inside a transaction. */
  public Uni<Boolean> enqueue(
      String eventKey, long incidentId, String targetGroup, String kind, String payload) {
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(
                        "insert into notification_outbox"
                            + " (event_key, incident_id, target_group, kind, payload, created_at)"
                            + " values (:key, :incident, :target, :kind, :payload, :at)"
                            + " on conflict (event_key) do nothing")
                    .setParameter("key", eventKey)
                    .setParameter("incident", incidentId)
                    .setParameter("target", targetGroup)
                    .setParameter("kind", kind)
                    .setParameter("payload", payload)
                    .setParameter("at", clock.instant())
                    .executeUpdate())
        .map(inserted -> inserted > 0);
  }
}
