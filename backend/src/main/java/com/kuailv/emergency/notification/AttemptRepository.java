package com.kuailv.emergency.notification;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
class AttemptRepository implements PanacheRepositoryBase<DeliveryAttempt, Long> {
  /** Messages the channel took since {@code since} (merged deliveries count once). */
  Uni<Long> messagesSince(long channelId, java.time.Instant since) {
    return io.quarkus.hibernate.reactive.panache.Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(
                        "select count(distinct a.message_key) from notification_attempt a"
                            + " join notification_delivery d on d.id = a.delivery_id"
                            + " where d.channel_id = :channel and a.ok and a.attempted_at > :since",
                        Long.class)
                    .setParameter("channel", channelId)
                    .setParameter("since", since)
                    .getSingleResult());
  }

  Uni<List<DeliveryAttempt>> forDelivery(long deliveryId) {
    return list("deliveryId = ?1 order by id", deliveryId);
  }
}
