package com.kuailv.emergency.notification;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/**
 * Writes notifications to the outbox in the caller's transaction, and with each one a pending
 * delivery to every enabled channel of its group (and to every channel for all groups, which takes
 * each incident event once however many groups it goes to); pages also reach the paged person by
 * SMS or e-mail ({@link #reach}). The event key makes a repeat a no-op, so a retried action never
 * notifies twice; {@link DeliveryWorker} sends them.
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
   * answers true if it was new. {@code payload} is JSON with incidentId, grade and title; {@code
   * incidentId} is null for a notice about no one incident (a shift hand-over). Must run inside a
   * transaction.
   */
  public Uni<Boolean> enqueue(
      String eventKey, Long incidentId, String targetGroup, String kind, String payload) {
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
                                            + " on c.enabled and c.kind <> 'SMS'"
                                            + " and (c.group_code = o.target_group"
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
                                            + " and s.kind = o.kind and s.id <> o.id"
                                            // The same event (its key without the group),
                                            // not any event of the kind: a second status
                                            // update is news.
                                            + " and regexp_replace(s.event_key, ':'"
                                            + " || s.target_group || '$', '')"
                                            + " = regexp_replace(o.event_key, ':'"
                                            + " || o.target_group || '$', '')))"
                                            + " on conflict do nothing")
                                    .setParameter("key", eventKey)
                                    .setParameter("at", clock.instant())
                                    .executeUpdate()))
        .map(inserted -> inserted > 0);
  }

  /**
   * Queues an incident event for every group the notification rules name for it at {@code grade}
   * (GENERAL, SERIOUS, MAJOR, or null before grading): one notification per group, keyed {@code
   * keyBase + ":" + group}, of kind {@code "incident." + event}. Must run in a transaction; an
   * event without a rule reaches nobody. Answers how many were new.
   */
  public Uni<Integer> notifyByRule(
      String keyBase, long incidentId, String event, String grade, String payload) {
    String column =
        switch (grade == null ? "UNGRADED" : grade) {
          case "GENERAL" -> "general";
          case "SERIOUS" -> "serious";
          case "MAJOR" -> "major";
          default -> "ungraded";
        };
    return Panache.getSession()
        .chain(
            session ->
                session
                    .<Object[]>createNativeQuery(
                        "select unnest("
                            + column
                            + "), headline from notification_rule where event = :event",
                        Object[].class)
                    .setParameter("event", event)
                    .getResultList())
        .chain(
            rows -> {
              Uni<Integer> queued = Uni.createFrom().item(0);
              for (Object[] row : rows) {
                String group = (String) row[0];
                String told = withHeadline(payload, (String) row[1]);
                queued =
                    queued.chain(
                        count ->
                            enqueue(
                                    keyBase + ":" + group,
                                    incidentId,
                                    group,
                                    "incident." + event,
                                    told)
                                .map(inserted -> inserted ? count + 1 : count));
              }
              return queued;
            });
  }

  /** The payload with the rule's own headline template, when it has one. */
  private static String withHeadline(String payload, String headline) {
    return headline == null
        ? payload
        : new io.vertx.core.json.JsonObject(payload).put("headline", headline).encode();
  }

  /**
   * Queues the notification {@code eventKey} (already enqueued in this transaction) for one person
   * directly by {@code medium}: an SMS through the enabled SMS account to their phone, or an e-mail
   * through the platform's mail server to their address. Nothing is queued when they have no phone
   * (or address), or for SMS when no SMS account is enabled; a repeat is a no-op. Answers whether a
   * delivery was queued.
   */
  public Uni<Boolean> reach(String eventKey, String subject, String name, Delivery.Medium medium) {
    return reach("o.event_key = :key", eventKey, subject, name, medium, false);
  }

  /**
   * Like {@link #reach}, by SMS, and only when the notification {@code eventKey} reaches no group
   * chat at all (the group has no enabled channel): a page must ring someone's phone.
   */
  public Uni<Boolean> reachBySmsIfNoChat(String eventKey, String subject, String name) {
    return reach("o.event_key = :key", eventKey, subject, name, Delivery.Medium.SMS, true);
  }

  /** The fallback for a chat message that failed: an SMS to each person it @-mentions. */
  Uni<Boolean> reachBySms(long notificationId, String subject, String name) {
    return reach("o.id = :key", notificationId, subject, name, Delivery.Medium.SMS, false);
  }

  private Uni<Boolean> reach(
      String which,
      Object key,
      String subject,
      String name,
      Delivery.Medium medium,
      boolean onlyWithoutChat) {
    String address = medium == Delivery.Medium.SMS ? "m.phone" : "m.email";
    String account =
        medium == Delivery.Medium.SMS
            ? "(select c.id from notification_channel c where c.kind = 'SMS' and c.enabled"
                + " order by c.id limit 1)"
            : "null::bigint";
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(
                        "insert into notification_delivery (notification_id, channel_id,"
                            + " recipient_subject, recipient_name, medium, status, attempts,"
                            + " next_attempt_at, created_at)"
                            + " select o.id, "
                            + account
                            + ", m.subject, :name, :medium, 'PENDING', 0, :at, :at"
                            + " from notification_outbox o join member_contact m"
                            + " on m.subject = :subject and "
                            + address
                            + " <> ''"
                            + " where "
                            + which
                            + (medium == Delivery.Medium.SMS
                                ? " and " + account + " is not null"
                                : "")
                            + (onlyWithoutChat
                                ? " and not exists (select 1 from notification_delivery d"
                                    + " where d.notification_id = o.id"
                                    + " and d.recipient_subject is null)"
                                : "")
                            + " on conflict do nothing")
                    .setParameter("key", key)
                    .setParameter("subject", subject)
                    .setParameter("name", name)
                    .setParameter("medium", medium.name())
                    .setParameter("at", clock.instant())
                    .executeUpdate())
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
