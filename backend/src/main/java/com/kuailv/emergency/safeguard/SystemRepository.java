package com.kuailv.emergency.safeguard;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;

@ApplicationScoped
class SystemRepository implements PanacheRepositoryBase<SystemRecord, Long> {
  /** Overdue systems first, then by name. */
  Uni<List<SystemRecord>> overdueFirst() {
    return listAll(Sort.descending("restoreOverdue").and("name"));
  }

  Uni<SystemRecord> lock(long id) {
    return findById(id, LockModeType.PESSIMISTIC_WRITE);
  }

  /** Whether another system (not {@code exceptId}) has this name. */
  Uni<Boolean> nameTaken(String name, long exceptId) {
    return count("name = ?1 and id <> ?2", name, exceptId).map(count -> count > 0);
  }

  /**
   * Sets the overdue mark of every system whose mark is wrong on {@code today} (a Beijing date)
   * without changing its version; answers the ids and their new marks.
   */
  Uni<List<Object[]>> markOverdue(LocalDate today) {
    String overdue =
        "(last_restore_on is null or not last_restore_passed"
            + " or last_restore_on + restore_check_days < :today)";
    return Panache.getSession()
        .chain(
            session ->
                session
                    .<Object[]>createNativeQuery(
                        "update protected_system set restore_overdue = "
                            + overdue
                            + " where restore_overdue <> "
                            + overdue
                            + " returning id, restore_overdue")
                    .setParameter("today", today)
                    .getResultList());
  }
}
