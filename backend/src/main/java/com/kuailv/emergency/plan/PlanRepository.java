package com.kuailv.emergency.plan;

import com.kuailv.emergency.plan.PlanApi.Status;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;

@ApplicationScoped
class PlanRepository implements PanacheRepositoryBase<PlanVersion, Long> {
  Uni<List<PlanVersion>> newestFirst() {
    return listAll(Sort.descending("number"));
  }

  Uni<PlanVersion> published() {
    return find("status", Status.PUBLISHED).firstResult();
  }

  Uni<PlanVersion> lock(long id) {
    return findById(id, LockModeType.PESSIMISTIC_WRITE);
  }

  /** The published version, locked; null when none is. */
  Uni<PlanVersion> lockPublished() {
    return find("status", Status.PUBLISHED).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
  }

  /** The number the next draft takes: one more than the highest so far. */
  Uni<Integer> nextNumber() {
    return find("select coalesce(max(number), 0) + 1 from PlanVersion")
        .project(Integer.class)
        .singleResult();
  }
}
