package com.kuailv.emergency.incident;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

@ApplicationScoped
@WithSession
class IncidentRepository implements PanacheRepositoryBase<Incident, Long> {
  Uni<List<Incident>> findPage(Set<IncidentStatus> statuses, Sort sort, int page, int size) {
    var query = statuses.isEmpty() ? findAll(sort) : find("status in ?1", sort, statuses);
    return query.page(Page.of(page, size)).list();
  }

  Uni<Long> countWith(Set<IncidentStatus> statuses) {
    return statuses.isEmpty() ? count() : count("status in ?1", statuses);
  }
}
