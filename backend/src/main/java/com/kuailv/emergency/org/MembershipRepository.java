package com.kuailv.emergency.org;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class MembershipRepository implements PanacheRepositoryBase<Membership, Membership.Key> {
  Uni<Membership> find(String groupCode, String subject) {
    return find("groupCode = ?1 and subject = ?2", groupCode, subject).firstResult();
  }

  /** Adds the membership, or changes whether the person leads (concurrent puts: the last wins). */
  Uni<Void> upsert(String groupCode, String subject, boolean lead) {
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(
                        "insert into group_member (group_code, subject, lead) values (:group, :subject,"
                            + " :lead) on conflict (group_code, subject) do update set lead ="
                            + " excluded.lead")
                    .setParameter("group", groupCode)
                    .setParameter("subject", subject)
                    .setParameter("lead", lead)
                    .executeUpdate())
        .replaceWithVoid();
  }
}
