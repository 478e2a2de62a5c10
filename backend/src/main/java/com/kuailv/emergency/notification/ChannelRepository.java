package com.kuailv.emergency.notification;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
class ChannelRepository implements PanacheRepositoryBase<Channel, Long> {
  Uni<List<Channel>> ordered() {
    return list("order by id");
  }
}
