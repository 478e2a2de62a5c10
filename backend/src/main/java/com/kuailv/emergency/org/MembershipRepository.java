package com.kuailv.emergency.org;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class MembershipRepository implements PanacheRepositoryBase<Membership, Membership.Key> {
  Uni<Membership> find(String groupCode, String subject) {
    return find("groupCode = ?1 and subject = ?2", groupCode, subject).firstResult();
  }
}
