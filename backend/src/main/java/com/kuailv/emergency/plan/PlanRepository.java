package com.kuailv.emergency.plan;

import com.kuailv.emergency.plan.PlanApi.Status;
import io.quarkus.hibernate.reactive.panache.Panache;
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

  /**
   * Marks the plan due for review without changing its version (a flag set by the system must not
   * make an editor's copy stale); answers whether it was not marked yet.
   */
  Uni<Boolean> markReviewDue(long id) {
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(
                        "update plan_version set review_due = true where id = :id and not"
                            + " review_due")
                    .setParameter("id", id)
                    .executeUpdate())
        .map(updated -> updated == 1);
  }

  /** The number the next draft takes: one more than the highest so far. */
  Uni<Integer> nextNumber() {
    return find("select coalesce(max(number), 0) + 1 from PlanVersion")
        .project(Integer.class)
        .singleResult();
  }
}
