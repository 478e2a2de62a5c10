package com.kuailv.emergency.org;

import com.kuailv.emergency.audit.AuditService;
import com.kuailv.emergency.common.error.ProblemException;
import com.kuailv.emergency.common.security.Actor;
import com.kuailv.emergency.org.OrgApi.Contact;
import com.kuailv.emergency.org.OrgApi.Expert;
import com.kuailv.emergency.org.OrgApi.ExpertInput;
import com.kuailv.emergency.org.OrgApi.Group;
import com.kuailv.emergency.org.OrgApi.GroupMember;
import com.kuailv.emergency.org.OrgApi.Member;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Groups and their members, people's contact details, and the expert directory; every write audited
 * in its transaction.
 */
@ApplicationScoped
public class OrgService {
  private final GroupRepository groups;
  private final MembershipRepository memberships;
  private final PersonRepository people;
  private final ContactRepository contacts;
  private final ExpertRepository experts;
  private final AuditService audit;
  private final Clock clock;

  /** Group code → its names, with when they were read (messages name groups often). */
  private volatile Map.Entry<Instant, Map<String, OrgApi.GroupName>> names;

  OrgService(
      GroupRepository groups,
      MembershipRepository memberships,
      PersonRepository people,
      ContactRepository contacts,
      ExpertRepository experts,
      AuditService audit,
      Clock clock) {
    this.groups = groups;
    this.memberships = memberships;
    this.people = people;
    this.contacts = contacts;
    this.experts = experts;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Group code → its Chinese and English names, read again at most every 5 minutes; in the caller's
   * session when there is one (call it where the result is used: it reads in the current Vert.x
   * context).
   */
  public Uni<Map<String, OrgApi.GroupName>> groupNames() {
    Map.Entry<Instant, Map<String, OrgApi.GroupName>> cached = names;
    Instant now = clock.instant();
    if (cached != null && cached.getKey().isAfter(now.minus(Duration.ofMinutes(5)))) {
      return Uni.createFrom().item(cached.getValue());
    }
    return Panache.withSession(groups::ordered)
        .map(
            all ->
                all.stream()
                    .collect(
                        Collectors.toMap(
                            group -> group.code, g -> new OrgApi.GroupName(g.nameZh, g.nameEn))))
        .invoke(read -> names = Map.entry(now, read));
  }

  /** The groups in the plan's order, each with its members (leads first, then by name). */
  @WithSession
  public Uni<List<Group>> groups() {
    return groups
        .ordered()
        .chain(
            all ->
                memberships
                    .listAll()
                    .chain(
                        members ->
                            peopleBySubject()
                                .map(
                                    known -> {
                                      Map<String, List<GroupMember>> byGroup = new HashMap<>();
                                      for (Membership member : members) {
                                        Person person = known.get(member.subject);
                                        byGroup
                                            .computeIfAbsent(
                                                member.groupCode, code -> new ArrayList<>())
                                            .add(
                                                new GroupMember(
                                                    member.subject,
                                                    person == null ? null : person.displayName,
                                                    member.lead));
                                      }
                                      return all.stream()
                                          .map(
                                              group ->
                                                  new Group(
                                                      group.code,
                                                      group.parentCode,
                                                      group.nameZh,
                                                      group.nameEn,
                                                      List.of(group.duties),
                                                      sorted(byGroup.get(group.code))))
                                          .toList();
                                    })));
  }

  /** Adds the person to the group, or changes whether they lead it; 404/400 for unknown ones. */
  @WithTransaction
  public Uni<Void> putMember(String group, String subject, boolean lead, Actor actor) {
    return requireGroup(group)
        .chain(() -> requirePerson(subject, "subject"))
        .chain(() -> memberships.upsert(group, subject, lead))
        .chain(
            () ->
                audit.record(
                    actor,
                    "org.member-put",
                    "group",
                    group,
                    null,
                    Map.of("subject", subject, "lead", lead)));
  }

  /** Takes the person out of the group; 404 when they are not in it. */
  @WithTransaction
  public Uni<Void> removeMember(String group, String subject, Actor actor) {
    return memberships
        .find(group, subject)
        .chain(
            member -> {
              if (member == null) {
                throw ProblemException.notFound("member", group + "/" + subject);
              }
              return memberships.delete(member);
            })
        .chain(
            () ->
                audit.record(
                    actor, "org.member-removed", "group", group, Map.of("subject", subject), null));
  }

  /** Everyone the platform knows, by name, with their groups and contact details. */
  @WithSession
  public Uni<List<Member>> people() {
    return people
        .byName()
        .chain(
            all ->
                memberships
                    .listAll()
                    .chain(
                        members ->
                            contactsBySubject()
                                .map(
                                    contactOf -> {
                                      Map<String, List<String>> groupsOf = new HashMap<>();
                                      members.stream()
                                          .sorted(Comparator.comparing(m -> m.groupCode))
                                          .forEach(
                                              m ->
                                                  groupsOf
                                                      .computeIfAbsent(
                                                          m.subject, s -> new ArrayList<>())
                                                      .add(m.groupCode));
                                      return all.stream()
                                          .map(
                                              person ->
                                                  new Member(
                                                      person.subject,
                                                      person.username,
                                                      person.displayName,
                                                      List.of(person.roles),
                                                      groupsOf.getOrDefault(
                                                          person.subject, List.of()),
                                                      contact(contactOf.get(person.subject))))
                                          .toList();
                                    })));
  }

  /** Sets the person's contact details (blank where unknown); 400 for an unknown person. */
  @WithTransaction
  public Uni<Contact> putContact(String subject, Contact contact, Actor actor) {
    Contact clean =
        new Contact(
            strip(contact.phone()),
            strip(contact.email()),
            strip(contact.wecomId()),
            strip(contact.dingtalkId()),
            strip(contact.feishuId()));
    return requirePerson(subject, "subject")
        .chain(
            () -> {
              ContactRecord record = new ContactRecord();
              record.subject = subject;
              record.phone = clean.phone();
              record.email = clean.email();
              record.wecomId = clean.wecomId();
              record.dingtalkId = clean.dingtalkId();
              record.feishuId = clean.feishuId();
              record.updatedAt = clock.instant();
              return contacts.upsert(record);
            })
        .chain(() -> audit.record(actor, "org.contact-put", "person", subject, null, clean))
        .replaceWith(clean);
  }

  /** Experts by name; with a skill, those with a skill containing it (case-insensitive). */
  @WithSession
  public Uni<List<Expert>> experts(String skill) {
    String wanted =
        skill == null || skill.isBlank() ? null : skill.strip().toLowerCase(Locale.ROOT);
    return experts
        .listAll()
        .chain(
            all ->
                peopleBySubject()
                    .chain(
                        known ->
                            contactsBySubject()
                                .map(
                                    contactOf ->
                                        all.stream()
                                            .filter(expert -> known.containsKey(expert.subject))
                                            .filter(expert -> wanted == null || has(expert, wanted))
                                            .map(
                                                expert ->
                                                    new Expert(
                                                        expert.subject,
                                                        known.get(expert.subject).displayName,
                                                        List.of(expert.skills),
                                                        expert.note,
                                                        contact(contactOf.get(expert.subject))))
                                            .sorted(Comparator.comparing(Expert::displayName))
                                            .toList())));
  }

  /** Lists the person as an expert with these skills, or changes them; 400 for an unknown one. */
  @WithTransaction
  public Uni<Void> putExpert(String subject, ExpertInput input, Actor actor) {
    String[] skills = input.skills().stream().map(String::strip).distinct().toArray(String[]::new);
    String note = strip(input.note());
    return requirePerson(subject, "subject")
        .chain(
            () -> {
              ExpertRecord expert = new ExpertRecord();
              expert.subject = subject;
              expert.skills = skills;
              expert.note = note;
              expert.updatedAt = clock.instant();
              return experts.upsert(expert);
            })
        .chain(
            () ->
                audit.record(
                    actor,
                    "org.expert-put",
                    "person",
                    subject,
                    null,
                    Map.of("skills", List.of(skills), "note", note)));
  }

  /**
   * Records someone before their first sign-in (the local run's demo people); a person already
   * known keeps what their last sign-in recorded.
   */
  @WithTransaction
  public Uni<Void> introduce(Actor person) {
    return people.seen(person, clock.instant(), false);
  }

  /** 400 naming {@code field} unless the platform knows the person (they signed in once). */
  Uni<Void> requirePerson(String subject, String field) {
    return people
        .findById(subject)
        .map(
            person -> {
              if (person == null) {
                throw ProblemException.invalid(field, "person-unknown");
              }
              return null;
            });
  }

  /** 404 unless the group exists. */
  Uni<Void> requireGroup(String group) {
    return groups
        .findById(group)
        .map(
            found -> {
              if (found == null) {
                throw ProblemException.notFound("group", group);
              }
              return null;
            });
  }

  /** Everyone known, by subject. */
  Uni<Map<String, Person>> peopleBySubject() {
    return people
        .listAll()
        .map(all -> all.stream().collect(Collectors.toMap(p -> p.subject, Function.identity())));
  }

  /** Recorded contact details, by subject. */
  Uni<Map<String, ContactRecord>> contactsBySubject() {
    return contacts
        .listAll()
        .map(all -> all.stream().collect(Collectors.toMap(c -> c.subject, Function.identity())));
  }

  /** The record as the API shows it; null when none is recorded. */
  static Contact contact(ContactRecord record) {
    return record == null
        ? null
        : new Contact(
            record.phone, record.email, record.wecomId, record.dingtalkId, record.feishuId);
  }

  private static boolean has(ExpertRecord expert, String wanted) {
    for (String skill : expert.skills) {
      if (skill.toLowerCase(Locale.ROOT).contains(wanted)) {
        return true;
      }
    }
    return false;
  }

  private static List<GroupMember> sorted(List<GroupMember> members) {
    if (members == null) {
      return List.of();
    }
    return members.stream()
        .sorted(
            Comparator.comparing(GroupMember::lead)
                .reversed()
                .thenComparing(
                    GroupMember::displayName, Comparator.nullsLast(Comparator.naturalOrder())))
        .toList();
  }

  private static String strip(String value) {
    return value == null ? "" : value.strip();
  }
}
