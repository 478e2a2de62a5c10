package com.kuailv.emergency.incident;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
@WithSession
class VerificationRepository implements PanacheRepositoryBase<VerificationItem, Long> {
  Uni<List<VerificationItem>> forIncident(long incidentId) {
    return list("incidentId", Sort.ascending("id"), incidentId);
  }
}
