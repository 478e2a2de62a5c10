package com.kuailv.emergency.org;

import com.kuailv.emergency.audit.AuditService;
import com.kuailv.emergency.common.error.Problem.FieldError;
import com.kuailv.emergency.common.error.ProblemException;
import com.kuailv.emergency.common.error.ProblemType;
import com.kuailv.emergency.common.security.Actor;
import com.kuailv.emergency.org.OrgApi.OnDuty;
import com.kuailv.emergency.org.OrgApi.Rotation;
import com.kuailv.emergency.org.OrgApi.Shift;
import com.kuailv.emergency.org.OrgApi.ShiftInput;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Who is on duty: an override wins, then an explicit shift, then the group's rotation. One person
 * is never on two shifts at once (the database refuses overlaps).
 */
@ApplicationScoped
public class RosterService {
  private final Pool pool;
  private final AuditService audit;

  RosterService(Pool pool, AuditService audit) {
    this.pool = pool;
    this.audit = audit;
  }

  public Uni<List<Shift>> shifts(String group, Instant from, Instant to) {
    return pool.preparedQuery(
            "select s.id, s.group_code, s.subject, p.display_name, s.starts_at, s.ends_at,"
                + " s.override, s.note from roster_shift s join person p on p.subject = s.subject"
                + " where s.group_code = $1 and s.ends_at > $2 and s.starts_at < $3"
                + " order by s.starts_at")
        .execute(Tuple.of(group, utc(from), utc(to)))
        .map(
            rows -> {
              List<Shift> shifts = new ArrayList<>();
              rows.forEach(row -> shifts.add(shift(row)));
              return shifts;
            });
  }

  public Uni<Shift> addShift(String group, ShiftInput input, Actor actor) {
    if (!input.endsAt().isAfter(input.startsAt())) {
      throw ProblemException.invalidField("endsAt", "must be after startsAt");
    }
    if (Duration.between(input.startsAt(), input.endsAt()).toDays() > 31) {
      throw ProblemException.invalidField("endsAt", "a shift lasts at most 31 days");
    }
    boolean override = Boolean.TRUE.equals(input.override());
    String note = input.note() == null ? "" : input.note().strip();
    return pool.withTransaction(
        tx ->
            OrgService.requireGroup(tx, group)
                .chain(() -> OrgService.requirePerson(tx, input.subject(), "subject"))
                .chain(
                    () ->
                        tx.preparedQuery(
                                "with s as (insert into roster_shift (group_code, subject,"
                                    + " starts_at, ends_at, override, note) values ($1, $2, $3,"
                                    + " $4, $5, $6) returning *) select s.id, s.group_code,"
                                    + " s.subject, p.display_name, s.starts_at, s.ends_at,"
                                    + " s.override, s.note from s join person p"
                                    + " on p.subject = s.subject")
                            .execute(
                                Tuple.from(
                                    Arrays.asList(
                                        group,
                                        input.subject(),
                                        utc(input.startsAt()),
                                        utc(input.endsAt()),
                                        override,
                                        note)))
                            .onFailure(RosterService::overlaps)
                            .transform(
                                e ->
                                    new ProblemException(
                                        ProblemType.VALIDATION,
                                        "This person is already on another shift at that time;"
                                            + " change the times or remove the other shift.",
                                        List.of(
                                            new FieldError(
                                                "startsAt",
                                                "overlaps another shift of this person")))))
                .map(rows -> shift(rows.iterator().next()))
                .call(
                    shift ->
                        audit.record(
                            tx, actor, "roster.shift-added", "group", group, null, shift)));
  }

  public Uni<Void> removeShift(long id, Actor actor) {
    return pool.withTransaction(
        tx ->
            tx.preparedQuery("delete from roster_shift where id = $1 returning group_code, subject")
                .execute(Tuple.of(id))
                .chain(
                    rows -> {
                      if (rows.size() == 0) {
                        throw ProblemException.notFound("shift", id);
                      }
                      Row row = rows.iterator().next();
                      return audit.record(
                          tx,
                          actor,
                          "roster.shift-removed",
                          "group",
                          row.getString(0),
                          Map.of("shift", id, "subject", row.getString(1)),
                          null);
                    }));
  }

  public Uni<Rotation> rotation(String group) {
    return pool.preparedQuery(
            "select time_zone, starts_on, handoff_time, shift_days, members from roster_rotation"
                + " where group_code = $1")
        .execute(Tuple.of(group))
        .map(
            rows -> {
              if (rows.size() == 0) {
                throw ProblemException.notFound("rotation of group", group);
              }
              return rotation(rows.iterator().next());
            });
  }

  public Uni<Rotation> putRotation(String group, Rotation rotation, Actor actor) {
    try {
      ZoneId.of(rotation.timeZone().strip());
    } catch (DateTimeException e) {
      throw ProblemException.invalidField(
          "timeZone", "is not a known time zone; use an IANA name such as Asia/Shanghai");
    }
    List<String> members = rotation.members().stream().map(String::strip).distinct().toList();
    Rotation clean =
        new Rotation(
            rotation.timeZone().strip(),
            rotation.startsOn(),
            rotation.handoffTime(),
            rotation.shiftDays(),
            members);
    return pool.withTransaction(
        tx -> {
          Uni<Void> checks = OrgService.requireGroup(tx, group);
          for (int i = 0; i < members.size(); i++) {
            String subject = members.get(i);
            String field = "members[" + i + "]";
            checks = checks.chain(() -> OrgService.requirePerson(tx, subject, field));
          }
          return checks
              .chain(
                  () ->
                      tx.preparedQuery(
                              "insert into roster_rotation (group_code, time_zone, starts_on,"
                                  + " handoff_time, shift_days, members) values ($1, $2, $3, $4,"
                                  + " $5, $6) on conflict (group_code) do update set"
                                  + " time_zone = $2, starts_on = $3, handoff_time = $4,"
                                  + " shift_days = $5, members = $6")
                          .execute(
                              Tuple.from(
                                  Arrays.asList(
                                      group,
                                      clean.timeZone(),
                                      clean.startsOn(),
                                      clean.handoffTime(),
                                      clean.shiftDays(),
                                      members.toArray(String[]::new)))))
              .chain(
                  () -> audit.record(tx, actor, "roster.rotation-put", "group", group, null, clean))
              .replaceWith(clean);
        });
  }

  /** Who is on duty in every group at this moment. */
  public Uni<List<OnDuty>> onDuty(Instant at) {
    return pool.preparedQuery(
            "select g.code, s.subject, s.override, r.time_zone, r.starts_on, r.handoff_time,"
                + " r.shift_days, r.members from response_group g"
                + " left join lateral (select subject, override from roster_shift"
                + " where group_code = g.code and starts_at <= $1 and ends_at > $1"
                + " order by override desc, starts_at desc limit 1) s on true"
                + " left join roster_rotation r on r.group_code = g.code order by g.position")
        .execute(Tuple.of(utc(at)))
        .chain(
            rows -> {
              List<String[]> picks = new ArrayList<>();
              for (Row row : rows) {
                String subject = row.getString(1);
                String source = subject == null ? "NONE" : row.getBoolean(2) ? "OVERRIDE" : "SHIFT";
                if (subject == null && row.getString(3) != null) {
                  subject = rotationPick(rotation(row.getString(3), row, 4), at);
                  source = subject == null ? "NONE" : "ROTATION";
                }
                picks.add(new String[] {row.getString(0), subject, source});
              }
              return pool.query(
                      "select p.subject, p.display_name, "
                          + OrgService.CONTACT_COLUMNS
                          + ", c.subject from person p"
                          + " left join member_contact c on c.subject = p.subject")
                  .execute()
                  .map(
                      people -> {
                        Map<String, Row> bySubject = new java.util.HashMap<>();
                        people.forEach(person -> bySubject.put(person.getString(0), person));
                        List<OnDuty> duty = new ArrayList<>();
                        for (String[] pick : picks) {
                          Row person = pick[1] == null ? null : bySubject.get(pick[1]);
                          duty.add(
                              new OnDuty(
                                  pick[0],
                                  pick[1],
                                  person == null ? null : person.getString(1),
                                  pick[2],
                                  person == null || person.getString(7) == null
                                      ? null
                                      : OrgService.contact(person, 2)));
                        }
                        return duty;
                      });
            });
  }

  /** The rotation member on duty at this instant, or null before the rotation starts. */
  static String rotationPick(Rotation rotation, Instant at) {
    ZoneId zone = ZoneId.of(rotation.timeZone());
    ZonedDateTime first = rotation.startsOn().atTime(rotation.handoffTime()).atZone(zone);
    ZonedDateTime now = at.atZone(zone);
    if (now.isBefore(first)) {
      return null;
    }
    // Count handovers in local days, so a DST change does not shift the handoff hour.
    long days = java.time.temporal.ChronoUnit.DAYS.between(first.toLocalDate(), now.toLocalDate());
    if (now.toLocalTime().isBefore(rotation.handoffTime())) {
      days--;
    }
    long turn = Math.floorDiv(days, rotation.shiftDays());
    return rotation.members().get((int) Math.floorMod(turn, rotation.members().size()));
  }

  private static Rotation rotation(Row row) {
    return rotation(row.getString(0), row, 1);
  }

  private static Rotation rotation(String zone, Row row, int first) {
    return new Rotation(
        zone,
        row.getLocalDate(first),
        row.getLocalTime(first + 1),
        row.getInteger(first + 2),
        List.of(row.getArrayOfStrings(first + 3)));
  }

  private static Shift shift(Row row) {
    return new Shift(
        row.getLong(0),
        row.getString(1),
        row.getString(2),
        row.getString(3),
        row.getOffsetDateTime(4).toInstant(),
        row.getOffsetDateTime(5).toInstant(),
        row.getBoolean(6),
        row.getString(7));
  }

  private static boolean overlaps(Throwable e) {
    return e instanceof io.vertx.pgclient.PgException pg && "23P01".equals(pg.getSqlState());
  }

  private static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
