package com.kuailv.emergency.notification;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
class AttemptRepository implements PanacheRepositoryBase<DeliveryAttempt, Long> {
  Uni<List<DeliveryAttempt>> forDelivery(long deliveryId) {
    return list("deliveryId = ?1 order by id", deliveryId);
  }
}
