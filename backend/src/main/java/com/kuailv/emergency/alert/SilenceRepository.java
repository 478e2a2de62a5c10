package com.kuailv.emergency.alert;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
class SilenceRepository implements PanacheRepositoryBase<SilenceRecord, Long> {
  /** The latest-starting 500 silences; with {@code activeAt}, only those not ended then. */
  Uni<List<SilenceRecord>> latest(Instant activeAt) {
    Sort latestFirst = Sort.descending("startsAt");
    return (activeAt == null ? findAll(latestFirst) : find("endsAt > ?1", latestFirst, activeAt))
        .page(Page.ofSize(500))
        .list();
  }

  /** Silences not ended at {@code at} that apply to the integration (its own or everyone's). */
  Uni<List<SilenceRecord>> activeFor(long integrationId, Instant at) {
    return list("(integrationId is null or integrationId = ?1) and endsAt > ?2", integrationId, at);
  }

  Uni<SilenceRecord> lock(long id) {
    return findById(id, LockModeType.PESSIMISTIC_WRITE);
  }
}
