package com.kuailv.emergency.org;

import com.kuailv.emergency.common.security.Actor;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
class PersonRepository implements PanacheRepositoryBase<Person, String> {
  Uni<List<Person>> byName() {
    return listAll(Sort.ascending("displayName"));
  }

  /** Everyone known to hold this realm role, by name. */
  Uni<List<Person>> withRole(String role) {
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(
                        "select * from person where :role = any (roles) order by display_name",
                        Person.class)
                    .setParameter("role", role)
                    .getResultList());
  }

  /**
   * Records the person as seen at {@code at}: a first sign-in adds them, a later one refreshes
   * their name and roles (an upsert, so two first requests at once store one person). With {@code
   * refresh} false a person already known is left as their last sign-in recorded them.
   */
  Uni<Void> seen(Actor actor, Instant at, boolean refresh) {
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(
                        "insert into person (subject, username, display_name, roles,"
                            + " first_seen_at, last_seen_at)"
                            + " values (:subject, :username, :name, :roles, :at, :at)"
                            + (refresh
                                ? " on conflict (subject) do update set username ="
                                    + " excluded.username, display_name = excluded.display_name,"
                                    + " roles = excluded.roles, last_seen_at ="
                                    + " excluded.last_seen_at"
                                : " on conflict (subject) do nothing"))
                    .setParameter("subject", actor.subject())
                    .setParameter("username", actor.username())
                    .setParameter("name", actor.displayName())
                    .setParameter("roles", actor.roles().toArray(String[]::new))
                    .setParameter("at", at)
                    .executeUpdate())
        .replaceWithVoid();
  }
}
