package com.kuailv.emergency.escalation;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
class StepRepository implements PanacheRepositoryBase<EscalationStep, Long> {
  /** The policy's steps in order. */
  Uni<List<EscalationStep>> of(long policyId) {
    return list("policyId = ?1 order by position", policyId);
  }
}
