package com.kuailv.emergency.risk;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
class ScoreChangeRepository implements PanacheRepositoryBase<RiskScoreChange, Long> {
  Uni<List<RiskScoreChange>> forRisk(long riskId) {
    return list("riskId", Sort.ascending("id"), riskId);
  }
}
