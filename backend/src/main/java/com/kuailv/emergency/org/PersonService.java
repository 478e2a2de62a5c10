package com.kuailv.emergency.org;

import com.kuailv.emergency.common.security.Actor;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
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

  /**
   * A person's contact details (phone, e-mail, WeCom, DingTalk and Feishu ids) for paging, or null
   * when none are recorded; runs in the caller's session.
   */
  @WithSession
  public Uni<com.kuailv.emergency.org.OrgApi.Contact> contactOf(String subject) {
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(
                        "select phone, email, wecom_id, dingtalk_id, feishu_id from member_contact"
                            + " where subject = :subject",
                        Object[].class)
                    .setParameter("subject", subject)
                    .getResultList())
        .map(
            rows ->
                rows.isEmpty()
                    ? null
                    : new com.kuailv.emergency.org.OrgApi.Contact(
                        (String) rows.get(0)[0],
                        (String) rows.get(0)[1],
                        (String) rows.get(0)[2],
                        (String) rows.get(0)[3],
                        (String) rows.get(0)[4]));
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

  /**
   * Who is on duty for the group at this instant (override, shift, then rotation), if they hold the
   * realm role; runs in the caller's session (incident activation).
   */
  @WithSession
  public Uni<Member> onDutyWithRole(String groupCode, Instant at, String role) {
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(
                        "select s.subject from roster_shift s where s.group_code = :g"
                            + " and s.starts_at <= :at and s.ends_at > :at"
                            + " order by s.override desc, s.starts_at desc limit 1",
                        String.class)
                    .setParameter("g", groupCode)
                    .setParameter("at", at)
                    .getResultList()
                    .chain(
                        shifts ->
                            !shifts.isEmpty()
                                ? Uni.createFrom().item(shifts.get(0))
                                : session
                                    .createNativeQuery(
                                        "select time_zone, starts_on::text, handoff_time::text,"
                                            + " shift_days, array_to_string(members, ',')"
                                            + " from roster_rotation where group_code = :g",
                                        Object[].class)
                                    .setParameter("g", groupCode)
                                    .getResultList()
                                    .map(
                                        rows ->
                                            rows.isEmpty() ? null : rotationPick(rows.get(0), at))))
        .chain(
            subject ->
                subject == null ? Uni.createFrom().nullItem() : memberWithRole(subject, role));
  }

  private static String rotationPick(Object[] row, Instant at) {
    OrgApi.Rotation rotation =
        new OrgApi.Rotation(
            (String) row[0],
            java.time.LocalDate.parse((String) row[1]),
            java.time.LocalTime.parse((String) row[2]),
            ((Number) row[3]).intValue(),
            List.of(((String) row[4]).split(",")));
    return RosterService.rotationPick(rotation, at);
  }

  private static Member toMember(Object[] row) {
    return new Member((String) row[0], (String) row[1], (String) row[2]);
  }
}
