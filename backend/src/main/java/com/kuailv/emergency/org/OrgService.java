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
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Groups and their members, people's contact details, and the expert directory. */
@ApplicationScoped
public class OrgService {
  static final String CONTACT_COLUMNS = "c.phone, c.email, c.wecom_id, c.dingtalk_id, c.feishu_id";

  private final Pool pool;
  private final AuditService audit;
  private final Clock clock;

  OrgService(Pool pool, AuditService audit, Clock clock) {
    this.pool = pool;
    this.audit = audit;
    this.clock = clock;
    this.namesZh =
        groups()
            .map(
                all ->
                    all.stream()
                        .collect(java.util.stream.Collectors.toMap(Group::code, Group::nameZh)))
            .memoize()
            .atLeast(java.time.Duration.ofMinutes(5));
  }

  /** Group code → Chinese name, read at most every 5 minutes (messages name groups often). */
  private final Uni<java.util.Map<String, String>> namesZh;

  public Uni<java.util.Map<String, String>> groupNamesZh() {
    return namesZh;
  }

  public Uni<List<Group>> groups() {
    return pool.query(
            "select g.code, g.parent_code, g.name_zh, g.name_en, g.duties, m.subject,"
                + " p.display_name, m.lead from response_group g"
                + " left join group_member m on m.group_code = g.code"
                + " left join person p on p.subject = m.subject"
                + " order by g.position, m.lead desc, p.display_name")
        .execute()
        .map(
            rows -> {
              Map<String, Group> groups = new LinkedHashMap<>();
              for (Row row : rows) {
                Group group =
                    groups.computeIfAbsent(
                        row.getString(0),
                        code ->
                            new Group(
                                code,
                                row.getString(1),
                                row.getString(2),
                                row.getString(3),
                                List.of(row.getArrayOfStrings(4)),
                                new ArrayList<>()));
                if (row.getString(5) != null) {
                  group
                      .members()
                      .add(new GroupMember(row.getString(5), row.getString(6), row.getBoolean(7)));
                }
              }
              return List.copyOf(groups.values());
            });
  }

  public Uni<Void> putMember(String group, String subject, boolean lead, Actor actor) {
    return pool.withTransaction(
        tx ->
            requireGroup(tx, group)
                .chain(() -> requirePerson(tx, subject, "subject"))
                .chain(
                    () ->
                        tx.preparedQuery(
                                "insert into group_member (group_code, subject, lead)"
                                    + " values ($1, $2, $3) on conflict (group_code, subject)"
                                    + " do update set lead = excluded.lead")
                            .execute(Tuple.of(group, subject, lead)))
                .chain(
                    () ->
                        audit.record(
                            tx,
                            actor,
                            "org.member-put",
                            "group",
                            group,
                            null,
                            Map.of("subject", subject, "lead", lead))));
  }

  public Uni<Void> removeMember(String group, String subject, Actor actor) {
    return pool.withTransaction(
        tx ->
            tx.preparedQuery("delete from group_member where group_code = $1 and subject = $2")
                .execute(Tuple.of(group, subject))
                .chain(
                    deleted -> {
                      if (deleted.rowCount() == 0) {
                        throw ProblemException.notFound("member of " + group, subject);
                      }
                      return audit.record(
                          tx,
                          actor,
                          "org.member-removed",
                          "group",
                          group,
                          Map.of("subject", subject),
                          null);
                    }));
  }

  public Uni<List<Member>> people() {
    return pool.query(
            "select p.subject, p.username, p.display_name, p.roles,"
                + " coalesce((select array_agg(m.group_code order by m.group_code)"
                + " from group_member m where m.subject = p.subject), '{}'), "
                + CONTACT_COLUMNS
                + ", c.subject from person p left join member_contact c on c.subject = p.subject"
                + " order by p.display_name")
        .execute()
        .map(
            rows -> {
              List<Member> people = new ArrayList<>();
              for (Row row : rows) {
                people.add(
                    new Member(
                        row.getString(0),
                        row.getString(1),
                        row.getString(2),
                        List.of(row.getArrayOfStrings(3)),
                        List.of(row.getArrayOfStrings(4)),
                        row.getString(10) == null ? null : contact(row, 5)));
              }
              return people;
            });
  }

  public Uni<Contact> putContact(String subject, Contact contact, Actor actor) {
    Contact clean =
        new Contact(
            strip(contact.phone()),
            strip(contact.email()),
            strip(contact.wecomId()),
            strip(contact.dingtalkId()),
            strip(contact.feishuId()));
    return pool.withTransaction(
        tx ->
            requirePerson(tx, subject, "subject")
                .chain(
                    () ->
                        tx.preparedQuery(
                                "insert into member_contact (subject, phone, email, wecom_id,"
                                    + " dingtalk_id, feishu_id, updated_at)"
                                    + " values ($1, $2, $3, $4, $5, $6, $7)"
                                    + " on conflict (subject) do update set phone = $2, email = $3,"
                                    + " wecom_id = $4, dingtalk_id = $5, feishu_id = $6,"
                                    + " updated_at = $7")
                            .execute(
                                Tuple.from(
                                    Arrays.asList(
                                        subject,
                                        clean.phone(),
                                        clean.email(),
                                        clean.wecomId(),
                                        clean.dingtalkId(),
                                        clean.feishuId(),
                                        now()))))
                .chain(
                    () ->
                        audit.record(tx, actor, "org.contact-put", "person", subject, null, clean))
                .replaceWith(clean));
  }

  public Uni<List<Expert>> experts(String skill) {
    return pool.preparedQuery(
            "select e.subject, p.display_name, e.skills, e.note, "
                + CONTACT_COLUMNS
                + ", c.subject from expert e join person p on p.subject = e.subject"
                + " left join member_contact c on c.subject = e.subject"
                + " where $1::text is null or exists (select 1 from unnest(e.skills) s"
                + " where s ilike '%' || $1 || '%') order by p.display_name")
        .execute(Tuple.of(skill == null || skill.isBlank() ? null : skill.strip()))
        .map(
            rows -> {
              List<Expert> experts = new ArrayList<>();
              for (Row row : rows) {
                experts.add(
                    new Expert(
                        row.getString(0),
                        row.getString(1),
                        List.of(row.getArrayOfStrings(2)),
                        row.getString(3),
                        row.getString(9) == null ? null : contact(row, 4)));
              }
              return experts;
            });
  }

  public Uni<Void> putExpert(String subject, ExpertInput input, Actor actor) {
    String[] skills = input.skills().stream().map(String::strip).distinct().toArray(String[]::new);
    String note = strip(input.note());
    return pool.withTransaction(
        tx ->
            requirePerson(tx, subject, "subject")
                .chain(
                    () ->
                        tx.preparedQuery(
                                "insert into expert (subject, skills, note, updated_at)"
                                    + " values ($1, $2, $3, $4) on conflict (subject) do update"
                                    + " set skills = $2, note = $3, updated_at = $4")
                            .execute(Tuple.of(subject, skills, note, now())))
                .chain(
                    () ->
                        audit.record(
                            tx,
                            actor,
                            "org.expert-put",
                            "person",
                            subject,
                            null,
                            Map.of("skills", List.of(skills), "note", note))));
  }

  /**
   * Records someone before their first sign-in (the local run's demo people); a person already
   * known keeps what their last sign-in recorded.
   */
  public Uni<Void> introduce(Actor person) {
    return pool.preparedQuery(
            "insert into person (subject, username, display_name, roles, first_seen_at,"
                + " last_seen_at) values ($1, $2, $3, $4, $5, $5) on conflict (subject) do nothing")
        .execute(
            Tuple.of(
                person.subject(),
                person.username(),
                person.displayName(),
                person.roles().toArray(String[]::new),
                now()))
        .replaceWithVoid();
  }

  static Uni<Void> requirePerson(SqlClient tx, String subject, String field) {
    return tx.preparedQuery("select 1 from person where subject = $1")
        .execute(Tuple.of(subject))
        .map(
            rows -> {
              if (rows.size() == 0) {
                throw ProblemException.invalidField(
                    field, "is nobody the platform knows; they must sign in once first");
              }
              return null;
            })
        .replaceWithVoid();
  }

  static Uni<Void> requireGroup(SqlClient tx, String group) {
    return tx.preparedQuery("select 1 from response_group where code = $1")
        .execute(Tuple.of(group))
        .map(
            rows -> {
              if (rows.size() == 0) {
                throw ProblemException.notFound("group", group);
              }
              return null;
            })
        .replaceWithVoid();
  }

  static Contact contact(Row row, int first) {
    return new Contact(
        row.getString(first),
        row.getString(first + 1),
        row.getString(first + 2),
        row.getString(first + 3),
        row.getString(first + 4));
  }

  private static String strip(String value) {
    return value == null ? "" : value.strip();
  }

  private OffsetDateTime now() {
    return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
  }
}
