package com.kuailv.emergency.org;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class ExpertRepository implements PanacheRepositoryBase<ExpertRecord, String> {
  /** Lists the person as an expert, replacing what was there (concurrent puts: the last wins). */
  Uni<Void> upsert(ExpertRecord expert) {
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(
                        "insert into expert (subject, skills, note, updated_at) values (:subject,"
                            + " :skills, :note, :at) on conflict (subject) do update set skills ="
                            + " excluded.skills, note = excluded.note, updated_at ="
                            + " excluded.updated_at")
                    .setParameter("subject", expert.subject)
                    .setParameter("skills", expert.skills)
                    .setParameter("note", expert.note)
                    .setParameter("at", expert.updatedAt)
                    .executeUpdate())
        .replaceWithVoid();
  }
}
