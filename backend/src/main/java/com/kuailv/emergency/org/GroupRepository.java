package com.kuailv.emergency.org;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
class GroupRepository implements PanacheRepositoryBase<GroupRecord, String> {
  Uni<List<GroupRecord>> ordered() {
    return listAll(Sort.ascending("position"));
  }
}
