package com.kuailv.emergency.escalation;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
class EscalationRepository implements PanacheRepositoryBase<Escalation, Long> {
  /** Active escalations whose next step is due, locked; rows another replica holds are skipped. */
  Uni<List<Escalation>> lockDue(Instant now, int limit) {
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(
                        "select * from escalation where status = 'ACTIVE' and next_at <= :now"
                            + " order by next_at, id limit :limit for update skip locked",
                        Escalation.class)
                    .setParameter("now", now)
                    .setParameter("limit", limit)
                    .getResultList());
  }

  Uni<Escalation> activeFor(long incidentId) {
    return find("incidentId = ?1 and status = ?2", incidentId, Escalation.Status.ACTIVE)
        .firstResult();
  }
}
