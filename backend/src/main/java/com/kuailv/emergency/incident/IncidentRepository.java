package com.kuailv.emergency.incident;

import com.kuailv.emergency.common.error.ProblemException;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;

@ApplicationScoped
@WithSession
class IncidentRepository implements PanacheRepositoryBase<Incident, Long> {
  /** The incident, or a 404 problem. */
  Uni<Incident> require(long id) {
    return findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("Incident", id));
  }

  /** The incident locked until the transaction ends, or a 404 problem. */
  Uni<Incident> requireLocked(long id) {
    return findById(id, LockModeType.PESSIMISTIC_WRITE)
        .onItem()
        .ifNull()
        .failWith(() -> ProblemException.notFound("Incident", id));
  }

  /** At most {@code limit} incidents, newest report first. */
  Uni<List<Incident>> firstRows(int limit) {
    return findAll(Sort.descending("reportedAt", "id")).range(0, limit - 1).list();
  }

  Uni<List<Incident>> findByIds(List<Long> ids) {
    return list("id in ?1", ids);
  }

  Uni<List<Incident>> findPage(IncidentFilter filter, Sort sort, int page, int size) {
    IncidentFilter.Query query = filter.toQuery();
    return find(query.where(), sort, query.parameters()).page(Page.of(page, size)).list();
  }

  Uni<Long> countWith(IncidentFilter filter) {
    IncidentFilter.Query query = filter.toQuery();
    return count(query.where(), query.parameters());
  }
}
