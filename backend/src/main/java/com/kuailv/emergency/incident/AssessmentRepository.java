package com.kuailv.emergency.incident;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
@WithSession
class AssessmentRepository implements PanacheRepositoryBase<Assessment, Long> {
  Uni<Assessment> latestFor(long incidentId) {
    return find("incidentId", Sort.descending("id"), incidentId).firstResult();
  }
}
