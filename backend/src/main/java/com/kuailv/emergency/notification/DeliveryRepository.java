package com.kuailv.emergency.notification;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
class DeliveryRepository implements PanacheRepositoryBase<Delivery, Long> {

  /**
   * Claims up to {@code limit} deliveries that are due and not claimed by a live replica, oldest
   * first, until {@code leaseEnd}; skips rows another transaction holds, so replicas never take the
   * same one. Counts the attempt. Must run in a transaction.
   */
  Uni<List<Delivery>> claimDue(Instant now, Instant leaseEnd, int limit) {
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(
                        "select * from notification_delivery"
                            + " where status = 'PENDING' and next_attempt_at <= :now"
                            + " and (claimed_until is null or claimed_until < :now)"
                            + " order by next_attempt_at, id limit :limit for update skip locked",
                        Delivery.class)
                    .setParameter("now", now)
                    .setParameter("limit", limit)
                    .getResultList())
        .invoke(
            claimed ->
                claimed.forEach(
                    delivery -> {
                      delivery.claimedUntil = leaseEnd;
                      delivery.attempts++;
                    }));
  }

  /** Newest first, optionally one status, at most {@code limit}. */
  /** At most {@code limit} deliveries with ids below {@code beforeId}, newest first. */
  Uni<List<Delivery>> recent(Delivery.Status status, long beforeId, int limit) {
    return status == null
        ? find("id < ?1 order by id desc", beforeId).range(0, limit - 1).list()
        : find("status = ?1 and id < ?2 order by id desc", status, beforeId)
            .range(0, limit - 1)
            .list();
  }
}
