package com.kuailv.emergency.escalation;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
class PolicyRepository implements PanacheRepositoryBase<EscalationPolicy, Long> {
  Uni<EscalationPolicy> findDefault() {
    return find("isDefault = true").firstResult();
  }

  /** The policy that runs after activation at {@code grade} (GENERAL, SERIOUS, MAJOR), or null. */
  Uni<EscalationPolicy> afterActivation(String grade) {
    return afterActivation(grade, -1);
  }

  /** As {@link #afterActivation(String)}, another policy than {@code exceptId}. */
  Uni<EscalationPolicy> afterActivation(String grade, long exceptId) {
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(
                        "select * from escalation_policy where :grade = any (after_activation)"
                            + " and id <> :except order by id limit 1",
                        EscalationPolicy.class)
                    .setParameter("grade", grade)
                    .setParameter("except", exceptId)
                    .getResultList())
        .map(found -> found.isEmpty() ? null : found.get(0));
  }

  Uni<List<EscalationPolicy>> ordered() {
    return list("order by isDefault desc, id");
  }
}
