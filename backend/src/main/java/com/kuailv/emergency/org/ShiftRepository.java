package com.kuailv.emergency.org;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
class ShiftRepository implements PanacheRepositoryBase<ShiftRecord, Long> {
  /** The group's shifts that overlap [from, to), earliest first. */
  Uni<List<ShiftRecord>> overlapping(String groupCode, Instant from, Instant to) {
    return list(
        "groupCode = ?1 and endsAt > ?2 and startsAt < ?3 order by startsAt", groupCode, from, to);
  }

  /** The shift that decides who is on duty for the group at this instant: overrides first. */
  Uni<ShiftRecord> deciding(String groupCode, Instant at) {
    return find(
            "groupCode = ?1 and startsAt <= ?2 and endsAt > ?2"
                + " order by override desc, startsAt desc",
            groupCode,
            at)
        .firstResult();
  }
}
