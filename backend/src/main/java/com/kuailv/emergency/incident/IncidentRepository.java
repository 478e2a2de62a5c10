package com.kuailv.emergency.incident;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
@WithSession
class IncidentRepository implements PanacheRepositoryBase<Incident, Long> {
  Uni<List<Incident>> findPage(IncidentFilter filter, Sort sort, int page, int size) {
    IncidentFilter.Query query = filter.toQuery();
    return find(query.where(), sort, query.parameters()).page(Page.of(page, size)).list();
  }

  Uni<Long> countWith(IncidentFilter filter) {
    IncidentFilter.Query query = filter.toQuery();
    return count(query.where(), query.parameters());
  }
}
