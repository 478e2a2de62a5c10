package com.kuailv.emergency.escalation;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
class PolicyRepository implements PanacheRepositoryBase<EscalationPolicy, Long> {
  Uni<EscalationPolicy> findDefault() {
    return find("isDefault = true").firstResult();
  }

  Uni<List<EscalationPolicy>> ordered() {
    return list("order by isDefault desc, id");
  }
}
