package com.kuailv.emergency.risk;

import com.kuailv.emergency.risk.RiskApi.Status;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;

@ApplicationScoped
class RiskRepository implements PanacheRepositoryBase<Risk, Long> {
  /** Highest score first, then the earliest review. */
  Uni<List<Risk>> matching(RiskService.Filter filter) {
    return list(
        "(:category is null or category = :category)"
            + " and (:subType is null or subType = :subType)"
            + " and (:status is null or status = :status)"
            + " and (:overdue is null or reviewOverdue = :overdue)"
            + " order by likelihood * impact desc, nextReviewOn, id",
        Parameters.with("category", filter.category())
            .and("subType", filter.subType())
            .and("status", filter.status())
            .and("overdue", filter.overdue()));
  }

  Uni<Risk> lock(long id) {
    return findById(id, LockModeType.PESSIMISTIC_WRITE);
  }

  /** Open (not closed) risks per cell: likelihood, impact, count. */
  Uni<List<Object[]>> openPerCell() {
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createSelectionQuery(
                        "select likelihood, impact, count(*) from Risk where status <> :closed"
                            + " group by likelihood, impact",
                        Object[].class)
                    .setParameter("closed", Status.CLOSED)
                    .getResultList());
  }

  /**
   * Sets the overdue mark of every risk whose mark is wrong on {@code today} (a Beijing date): a
   * review date before today on a risk that is not closed. Answers the ids and their new marks.
   */
  Uni<List<Object[]>> markOverdue(LocalDate today) {
    return Panache.getSession()
        .chain(
            session ->
                session
                    .<Object[]>createNativeQuery(
                        "update risk set review_overdue = (next_review_on < :today and status <>"
                            + " 'CLOSED') where review_overdue <> (next_review_on < :today and"
                            + " status <> 'CLOSED') returning id, review_overdue")
                    .setParameter("today", today)
                    .getResultList());
  }
}
