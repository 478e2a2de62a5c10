package com.kuailv.emergency.notification;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/**
 * Writes notifications to the outbox in the caller's transaction, and with each one a pending
 * delivery to every enabled channel of its group (and to every channel for all groups, which takes
 * each incident event once however many groups it goes to). The event key makes a repeat a no-op,
 * so a retried action never notifies twice; {@link DeliveryWorker} sends them.
 */
@ApplicationScoped
public class NotificationService {
  private final Clock clock;

  NotificationService(Clock clock) {
    this.clock = clock;
  }

  /** The payload of an incident notification: JSON with incidentId, grade (or null) and title. */
  public static String payload(long incidentId, String grade, String title) {
    return new io.vertx.core.json.JsonObject()
        .put("incidentId", incidentId)
        .put("grade", grade)
        .put("title", title)
        .encode();
  }

  /**
   * Queues one notification for {@code targetGroup} (a response-group code) and its deliveries;
   * answers true if it was new. {@code payload} is JSON with incidentId, grade and title. Must run
   * inside a transaction.
   */
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
                    .executeUpdate()
                    .call(
                        inserted ->
                            inserted == 0
                                ? Uni.createFrom().voidItem()
                                : session
                                    .createNativeQuery(
                                        "insert into notification_delivery (notification_id,"
                                            + " channel_id, status, attempts, next_attempt_at,"
                                            + " created_at)"
                                            + " select o.id, c.id, 'PENDING', 0, :at, :at"
                                            + " from notification_outbox o join notification_channel c"
                                            + " on c.enabled and (c.group_code = o.target_group"
                                            + " or c.group_code is null)"
                                            + " where o.event_key = :key"
                                            // A channel for every group takes an event once,
                                            // not once per group it was sent to.
                                            + " and (c.group_code is not null or not exists"
                                            + " (select 1 from notification_delivery d"
                                            + " join notification_outbox s"
                                            + " on s.id = d.notification_id"
                                            + " where d.channel_id = c.id"
                                            + " and s.incident_id = o.incident_id"
                                            + " and s.kind = o.kind and s.id <> o.id))"
                                            + " on conflict do nothing")
                                    .setParameter("key", eventKey)
                                    .setParameter("at", clock.instant())
                                    .executeUpdate()))
        .map(inserted -> inserted > 0);
  }

  /**
   * Cancels the incident's deliveries of {@code kind} (e.g. {@code incident.paged}) still waiting
   * to go out; one already being sent completes. Runs in the caller's transaction; answers how
   * many.
   */
  public Uni<Integer> cancelPending(long incidentId, String kind) {
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(
                        "update notification_delivery d set status = 'CANCELLED'"
                            + " from notification_outbox o where o.id = d.notification_id"
                            + " and o.incident_id = :incident and o.kind = :kind"
                            + " and d.status = 'PENDING'")
                    .setParameter("incident", incidentId)
                    .setParameter("kind", kind)
                    .executeUpdate());
  }
}
