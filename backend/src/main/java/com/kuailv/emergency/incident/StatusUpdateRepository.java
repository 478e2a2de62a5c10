package com.kuailv.emergency.incident;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
class StatusUpdateRepository implements PanacheRepositoryBase<StatusUpdate, Long> {
  /** The incident's updates, newest first. */
  Uni<List<StatusUpdate>> forIncident(long incidentId) {
    return list("incidentId = ?1 order by id desc", incidentId);
  }
}
