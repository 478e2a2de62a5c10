package com.kuailv.emergency.org;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class RotationRepository implements PanacheRepositoryBase<RotationRecord, String> {
  /** Sets the group's rotation, replacing any before (concurrent puts: the last wins). */
  Uni<Void> upsert(RotationRecord rotation) {
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(
                        "insert into roster_rotation (group_code, time_zone, starts_on, handoff_time,"
                            + " shift_days, members) values (:group, :zone, :startsOn, :handoff,"
                            + " :days, :members) on conflict (group_code) do update set time_zone ="
                            + " excluded.time_zone, starts_on = excluded.starts_on, handoff_time ="
                            + " excluded.handoff_time, shift_days = excluded.shift_days, members ="
                            + " excluded.members")
                    .setParameter("group", rotation.groupCode)
                    .setParameter("zone", rotation.timeZone)
                    .setParameter("startsOn", rotation.startsOn)
                    .setParameter("handoff", rotation.handoffTime)
                    .setParameter("days", rotation.shiftDays)
                    .setParameter("members", rotation.members)
                    .executeUpdate())
        .replaceWithVoid();
  }
}
