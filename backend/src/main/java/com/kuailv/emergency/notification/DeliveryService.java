package com.kuailv.emergency.notification;

import com.kuailv.emergency.audit.AuditService;
import com.kuailv.emergency.common.error.ProblemException;
import com.kuailv.emergency.common.error.Reason;
import com.kuailv.emergency.common.security.Actor;
import com.kuailv.emergency.notification.NotificationApi.AttemptView;
import com.kuailv.emergency.notification.NotificationApi.DeliveryView;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The delivery log: what went where, how often it was tried, and re-sending dead letters. */
@ApplicationScoped
public class DeliveryService {
  private final DeliveryRepository deliveries;
  private final ChannelRepository channels;
  private final OutboxRepository outbox;
  private final AttemptRepository attempts;
  private final AuditService audit;
  private final Clock clock;

  DeliveryService(
      DeliveryRepository deliveries,
      ChannelRepository channels,
      OutboxRepository outbox,
      AttemptRepository attempts,
      AuditService audit,
      Clock clock) {
    this.deliveries = deliveries;
    this.channels = channels;
    this.outbox = outbox;
    this.attempts = attempts;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * The newest deliveries with ids below {@code beforeId} (the last one a reader has), optionally
   * of one status (PENDING, SENT, DEAD, CANCELLED), at most {@code limit}.
   */
  @WithSession
  public Uni<List<DeliveryView>> recent(Delivery.Status status, long beforeId, int limit) {
    return deliveries.recent(status, beforeId, limit).chain(this::views);
  }

  @WithSession
  public Uni<List<AttemptView>> attemptsOf(long id) {
    return deliveries
        .findById(id)
        .chain(
            delivery -> {
              if (delivery == null) {
                throw ProblemException.notFound("Delivery", id);
              }
              return attempts.forDelivery(id);
            })
        .map(
            found ->
                found.stream()
                    .map(
                        a ->
                            new AttemptView(
                                a.attemptedAt, a.httpStatus, a.answer, a.latencyMs, a.ok))
                    .toList());
  }

  /** Sends a dead letter again from the first attempt; 409 for one that is not dead. */
  @WithTransaction
  public Uni<DeliveryView> resend(long id, Actor actor) {
    // Locked, so two admins re-sending at once send it once: the second sees it PENDING (409).
    return deliveries
        .findById(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
        .chain(
            delivery -> {
              if (delivery == null) {
                throw ProblemException.notFound("Delivery", id);
              }
              if (delivery.status != Delivery.Status.DEAD) {
                throw ProblemException.conflict(new Reason("reason.resend-dead-only"));
              }
              Map<String, Object> before =
                  Map.of("status", delivery.status, "attempts", delivery.attempts);
              delivery.status = Delivery.Status.PENDING;
              delivery.attempts = 0;
              delivery.nextAttemptAt = clock.instant();
              delivery.claimedUntil = null;
              return deliveries
                  .flush()
                  .chain(() -> views(List.of(delivery)))
                  .map(views -> views.get(0))
                  .call(
                      after ->
                          audit.record(actor, "delivery.resent", "delivery", id, before, after));
            });
  }

  private Uni<List<DeliveryView>> views(List<Delivery> found) {
    if (found.isEmpty()) {
      return Uni.createFrom().item(List.of());
    }
    List<Long> channelIds =
        found.stream().map(d -> d.channelId == null ? -1L : d.channelId).distinct().toList();
    List<Long> noticeIds = found.stream().map(d -> d.notificationId).distinct().toList();
    return channels
        .list("id in ?1", channelIds)
        .chain(
            cs ->
                outbox
                    .list("id in ?1", noticeIds)
                    .map(
                        ns -> {
                          Map<Long, Channel> byChannel =
                              cs.stream().collect(Collectors.toMap(c -> c.id, Function.identity()));
                          Map<Long, OutboxNotification> byNotice =
                              ns.stream().collect(Collectors.toMap(n -> n.id, Function.identity()));
                          return found.stream()
                              .map(
                                  d -> {
                                    Channel c = byChannel.get(d.channelId);
                                    OutboxNotification n = byNotice.get(d.notificationId);
                                    return new DeliveryView(
                                        d.id,
                                        n.incidentId,
                                        n.kind,
                                        n.targetGroup,
                                        c == null ? null : c.id,
                                        c == null ? null : c.name,
                                        c == null ? null : c.kind,
                                        d.recipientName,
                                        d.medium,
                                        d.status,
                                        d.attempts,
                                        d.nextAttemptAt,
                                        d.lastHttpStatus,
                                        d.lastAnswer,
                                        d.lastLatencyMs,
                                        d.sentAt,
                                        d.createdAt);
                                  })
                              .toList();
                        }));
  }
}
