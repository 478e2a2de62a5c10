package com.kuailv.emergency.org;

import com.kuailv.emergency.common.security.Actor;
import com.kuailv.emergency.org.OrgApi.Contact;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The people of the platform, linked to Keycloak by token subject and recorded when they sign in,
 * with the realm roles they held then. Other features ask here who someone is, how to reach them
 * and who is on duty; every method runs in the caller's session when there is one.
 */
@ApplicationScoped
public class PersonService {
  private final PersonRepository people;
  private final ContactRepository contacts;
  private final RosterService roster;
  private final Clock clock;

  PersonService(
      PersonRepository people, ContactRepository contacts, RosterService roster, Clock clock) {
    this.people = people;
    this.contacts = contacts;
    this.roster = roster;
    this.clock = clock;
  }

  /** Records the caller as seen now, with their current name and realm roles. */
  @WithTransaction
  public Uni<Void> recordSignIn(Actor actor) {
    return people.seen(actor, clock.instant(), true);
  }

  /** A member as the platform knows them. */
  public record Member(String subject, String username, String displayName) {}

  /** The person, if known and holding this realm role when last seen; otherwise null. */
  @WithSession
  public Uni<Member> memberWithRole(String subject, String role) {
    return people
        .findById(subject)
        .map(
            person ->
                person == null || !List.of(person.roles).contains(role) ? null : member(person));
  }

  /**
   * A person's contact details (phone, e-mail, WeCom, DingTalk and Feishu ids) for paging, or null
   * when none are recorded.
   */
  @WithSession
  public Uni<Contact> contactOf(String subject) {
    return contacts.findById(subject).map(OrgService::contact);
  }

  /** Everyone known to hold this realm role, by name. */
  @WithSession
  public Uni<List<Member>> membersWithRole(String role) {
    return people.withRole(role).map(found -> found.stream().map(PersonService::member).toList());
  }

  /**
   * Who is on duty for the group at this instant (override, shift, then rotation), if they hold the
   * realm role; otherwise null.
   */
  @WithSession
  public Uni<Member> onDutyWithRole(String groupCode, Instant at, String role) {
    return roster
        .onDutySubject(groupCode, at)
        .chain(
            subject ->
                subject == null ? Uni.createFrom().nullItem() : memberWithRole(subject, role));
  }

  private static Member member(Person person) {
    return new Member(person.subject, person.username, person.displayName);
  }
}
