package com.kuailv.emergency.org;

import com.kuailv.emergency.common.security.Actor;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;

/**
 * The people of the platform, linked to Keycloak by token subject and recorded when they sign in,
 * with the realm roles they held then. Membership of a response group is holding its role.
 */
@ApplicationScoped
public class PersonService {
  private final Clock clock;

  PersonService(Clock clock) {
    this.clock = clock;
  }

  @WithTransaction
  public Uni<Void> recordSignIn(Actor actor) {
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(
                        "insert into person (subject, username, display_name, roles,"
                            + " first_seen_at, last_seen_at)"
                            + " values (:subject, :username, :name, :roles, :at, :at)"
                            + " on conflict (subject) do update set username = excluded.username,"
                            + " display_name = excluded.display_name, roles = excluded.roles,"
                            + " last_seen_at = excluded.last_seen_at")
                    .setParameter("subject", actor.subject())
                    .setParameter("username", actor.username())
                    .setParameter("name", actor.displayName())
                    .setParameter("roles", actor.roles().toArray(String[]::new))
                    .setParameter("at", clock.instant())
                    .executeUpdate())
        .replaceWithVoid();
  }

  /** A member as the platform knows them. */
  public record Member(String subject, String username, String displayName) {}

  /** The person, if known and holding this realm role when last seen; otherwise null. */
  @WithSession
  public Uni<Member> memberWithRole(String subject, String role) {
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(
                        "select subject, username, display_name from person"
                            + " where subject = :subject and :role = any(roles)",
                        Object[].class)
                    .setParameter("subject", subject)
                    .setParameter("role", role)
                    .getResultList())
        .map(rows -> rows.isEmpty() ? null : toMember(rows.get(0)));
  }

  /** Everyone known to hold this realm role, by name. */
  @WithSession
  public Uni<List<Member>> membersWithRole(String role) {
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(
                        "select subject, username, display_name from person"
                            + " where :role = any(roles) order by display_name",
                        Object[].class)
                    .setParameter("role", role)
                    .getResultList())
        .map(rows -> rows.stream().map(PersonService::toMember).toList());
  }

  private static Member toMember(Object[] row) {
    return new Member((String) row[0], (String) row[1], (String) row[2]);
  }
}
