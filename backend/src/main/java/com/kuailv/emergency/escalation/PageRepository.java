package com.kuailv.emergency.escalation;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
class PageRepository implements PanacheRepositoryBase<Page, Long> {
  Uni<Page> byTokenHash(String hash) {
    return find("tokenHash", hash).firstResult();
  }

  /** Everyone paged by the same step of the same round. */
  Uni<List<Page>> sameStep(Page page) {
    return list(
        "escalationId = ?1 and round = ?2 and stepPosition = ?3 order by id",
        page.escalationId,
        page.round,
        page.stepPosition);
  }
}
