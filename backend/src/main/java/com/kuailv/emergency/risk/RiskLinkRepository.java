package com.kuailv.emergency.risk;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
class RiskLinkRepository implements PanacheRepositoryBase<RiskLink, RiskLink.Key> {
  Uni<List<RiskLink>> forRisk(long riskId) {
    return list("riskId", Sort.ascending("kind", "targetId"), riskId);
  }

  /** Adds the link, or changes the note of the one already there. */
  Uni<Void> upsert(RiskLink link) {
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(
                        "insert into risk_link (risk_id, kind, target_id, note)"
                            + " values (:risk, :kind, :target, :note) on conflict (risk_id, kind,"
                            + " target_id) do update set note = excluded.note")
                    .setParameter("risk", link.riskId)
                    .setParameter("kind", link.kind.name())
                    .setParameter("target", link.targetId)
                    .setParameter("note", link.note)
                    .executeUpdate())
        .replaceWithVoid();
  }
}
