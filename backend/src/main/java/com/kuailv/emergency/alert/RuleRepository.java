package com.kuailv.emergency.alert;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
class RuleRepository implements PanacheRepositoryBase<RuleRecord, Long> {
  /** The integration's rules in the order they are tried. */
  Uni<List<RuleRecord>> ofIntegration(long integrationId) {
    return list("integrationId", Sort.ascending("position"), integrationId);
  }
}
