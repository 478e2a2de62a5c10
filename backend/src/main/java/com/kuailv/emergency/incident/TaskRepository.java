package com.kuailv.emergency.incident;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
@WithSession
class TaskRepository implements PanacheRepositoryBase<IncidentTask, Long> {
  Uni<List<IncidentTask>> forIncident(long incidentId) {
    return list("incidentId", Sort.ascending("id"), incidentId);
  }

  Uni<Long> countOpenCritical(long incidentId) {
    return count(
        "incidentId = ?1 and critical = true and status <> ?2",
        incidentId,
        IncidentTask.Status.DONE);
  }
}
