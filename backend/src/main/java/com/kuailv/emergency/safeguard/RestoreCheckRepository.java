package com.kuailv.emergency.safeguard;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
class RestoreCheckRepository implements PanacheRepositoryBase<RestoreCheckRecord, Long> {
  /** The system's tests, latest first. */
  Uni<List<RestoreCheckRecord>> forSystem(long systemId) {
    return list("systemId", Sort.descending("checkedOn", "id"), systemId);
  }
}
