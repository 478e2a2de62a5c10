package com.kuailv.emergency.risk;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
class BandRepository implements PanacheRepositoryBase<RiskBand, String> {
  Uni<List<RiskBand>> ordered() {
    return listAll(Sort.ascending("minScore"));
  }
}
