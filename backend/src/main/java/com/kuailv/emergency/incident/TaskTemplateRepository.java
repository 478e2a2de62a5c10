package com.kuailv.emergency.incident;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
@WithSession
class TaskTemplateRepository implements PanacheRepositoryBase<TaskTemplate, Long> {
  Uni<List<TaskTemplate>> forCategory(IncidentCategory category) {
    return list("category in ?1", Sort.ascending("position"), List.of("ANY", category.name()));
  }
}
