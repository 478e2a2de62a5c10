package com.kuailv.emergency.notification;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
class AttemptRepository implements PanacheRepositoryBase<DeliveryAttempt, Long> {
  /** How many messages a channel took in a window (merged deliveries count once), the last when. */
  record Sent(long count, java.time.Instant last) {}

  /** Messages the channel took since {@code since}. */
  Uni<Sent> messagesSince(long channelId, java.time.Instant since) {
    return io.quarkus.hibernate.reactive.panache.Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(
                        "select count(distinct a.message_key), max(a.attempted_at)"
                            + " from notification_attempt a"
                            + " join notification_delivery d on d.id = a.delivery_id"
                            + " where d.channel_id = :channel and a.ok and a.attempted_at > :since",
                        Object[].class)
                    .setParameter("channel", channelId)
                    .setParameter("since", since)
                    .getSingleResult())
        .map(row -> new Sent(((Number) row[0]).longValue(), instant(row[1])));
  }

  private static java.time.Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof java.time.OffsetDateTime time) {
      return time.toInstant();
    }
    if (value instanceof java.time.Instant time) {
      return time;
    }
    return ((java.sql.Timestamp) value).toInstant();
  }

  Uni<List<DeliveryAttempt>> forDelivery(long deliveryId) {
    return list("deliveryId = ?1 order by id", deliveryId);
  }
}
