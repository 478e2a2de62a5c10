package com.kuailv.emergency.org;

import com.kuailv.emergency.audit.AuditService;
import com.kuailv.emergency.common.db.SqlStates;
import com.kuailv.emergency.common.error.ProblemException;
import com.kuailv.emergency.common.security.Actor;
import com.kuailv.emergency.org.OrgApi.OnDuty;
import com.kuailv.emergency.org.OrgApi.Rotation;
import com.kuailv.emergency.org.OrgApi.Shift;
import com.kuailv.emergency.org.OrgApi.ShiftInput;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * Who is on duty: an override wins, then an explicit shift, then the group's rotation. One person
 * is never on two shifts at once (the database refuses overlaps). Every write audited in its
 * transaction.
 */
@ApplicationScoped
public class RosterService {
  private final ShiftRepository shifts;
  private final RotationRepository rotations;
  private final GroupRepository groups;
  private final OrgService org;
  private final AuditService audit;

  RosterService(
      ShiftRepository shifts,
      RotationRepository rotations,
      GroupRepository groups,
      OrgService org,
      AuditService audit) {
    this.shifts = shifts;
    this.rotations = rotations;
    this.groups = groups;
    this.org = org;
    this.audit = audit;
  }

  /** The group's shifts that overlap [from, to), earliest first, with each person's name. */
  @WithSession
  public Uni<List<Shift>> shifts(String group, Instant from, Instant to) {
    return shifts
        .overlapping(group, from, to)
        .chain(
            found ->
                org.peopleBySubject()
                    .map(
                        known ->
                            found.stream()
                                .map(shift -> shift(shift, known.get(shift.subject)))
                                .toList()));
  }

  /**
   * Adds a shift (at most 31 days, ending after it starts); 400 naming {@code startsAt} when the
   * person is already on another shift then, {@code subject} for an unknown person.
   */
  @WithTransaction
  public Uni<Shift> addShift(String group, ShiftInput input, Actor actor) {
    if (!input.endsAt().isAfter(input.startsAt())) {
      throw ProblemException.invalid("endsAt", "after-start");
    }
    if (Duration.between(input.startsAt(), input.endsAt()).toDays() > 31) {
      throw ProblemException.invalid("endsAt", "shift-too-long");
    }
    ShiftRecord shift = new ShiftRecord();
    shift.groupCode = group;
    shift.subject = input.subject();
    shift.startsAt = input.startsAt();
    shift.endsAt = input.endsAt();
    shift.override = Boolean.TRUE.equals(input.override());
    shift.note = input.note() == null ? "" : input.note().strip();
    return org.requireGroup(group)
        .chain(() -> org.requirePerson(input.subject(), "subject"))
        .chain(() -> shifts.persistAndFlush(shift))
        .onFailure(e -> "23P01".equals(SqlStates.of(e)))
        .transform(e -> ProblemException.invalid("startsAt", "shift-overlap"))
        .chain(
            stored -> org.peopleBySubject().map(known -> shift(stored, known.get(stored.subject))))
        .call(view -> audit.record(actor, "roster.shift-added", "group", group, null, view));
  }

  /** Removes a shift; 404 when there is none. */
  @WithTransaction
  public Uni<Void> removeShift(long id, Actor actor) {
    return shifts
        .findById(id)
        .chain(
            shift -> {
              if (shift == null) {
                throw ProblemException.notFound("shift", id);
              }
              return shifts
                  .delete(shift)
                  .chain(
                      () ->
                          audit.record(
                              actor,
                              "roster.shift-removed",
                              "group",
                              shift.groupCode,
                              Map.of("shift", id, "subject", shift.subject),
                              null));
            });
  }

  /** The group's rotation; 404 when it has none. */
  @WithSession
  public Uni<Rotation> rotation(String group) {
    return rotations
        .findById(group)
        .map(
            found -> {
              if (found == null) {
                throw ProblemException.notFound("rotation", group);
              }
              return rotation(found);
            });
  }

  /**
   * Sets the group's rotation; 400 naming {@code timeZone} for an unknown zone and {@code
   * members[i]} for a person the platform does not know.
   */
  @WithTransaction
  public Uni<Rotation> putRotation(String group, Rotation rotation, Actor actor) {
    try {
      ZoneId.of(rotation.timeZone().strip());
    } catch (DateTimeException e) {
      throw ProblemException.invalid("timeZone", "time-zone");
    }
    List<String> members = rotation.members().stream().map(String::strip).distinct().toList();
    Rotation clean =
        new Rotation(
            rotation.timeZone().strip(),
            rotation.startsOn(),
            rotation.handoffTime(),
            rotation.shiftDays(),
            members);
    Uni<Void> checks = org.requireGroup(group);
    for (int i = 0; i < members.size(); i++) {
      String subject = members.get(i);
      String field = "members[" + i + "]";
      checks = checks.chain(() -> org.requirePerson(subject, field));
    }
    return checks
        .chain(
            () -> {
              RotationRecord record = new RotationRecord();
              record.groupCode = group;
              record.timeZone = clean.timeZone();
              record.startsOn = clean.startsOn();
              record.handoffTime = clean.handoffTime();
              record.shiftDays = clean.shiftDays();
              record.members = members.toArray(String[]::new);
              return rotations.upsert(record);
            })
        .chain(() -> audit.record(actor, "roster.rotation-put", "group", group, null, clean))
        .replaceWith(clean);
  }

  /** Who is on duty in every group at this moment, in the plan's order of groups. */
  @WithSession
  public Uni<List<OnDuty>> onDuty(Instant at) {
    return groups
        .ordered()
        .chain(
            all -> {
              Uni<List<String[]>> picks = Uni.createFrom().item(java.util.ArrayList::new);
              for (GroupRecord group : all) {
                picks =
                    picks.call(
                        list ->
                            pick(group.code, at)
                                .invoke(
                                    pick -> list.add(new String[] {group.code, pick[0], pick[1]})));
              }
              return picks;
            })
        .chain(
            picks ->
                org.peopleBySubject()
                    .chain(
                        known ->
                            org.contactsBySubject()
                                .map(
                                    contacts ->
                                        picks.stream()
                                            .map(
                                                pick -> {
                                                  Person person =
                                                      pick[1] == null ? null : known.get(pick[1]);
                                                  return new OnDuty(
                                                      pick[0],
                                                      pick[1],
                                                      person == null ? null : person.displayName,
                                                      pick[2],
                                                      person == null
                                                          ? null
                                                          : OrgService.contact(
                                                              contacts.get(person.subject)));
                                                })
                                            .toList())));
  }

  /** The subject on duty for the group at this instant, or null when nobody is. */
  Uni<String> onDutySubject(String group, Instant at) {
    return pick(group, at).map(pick -> pick[0]);
  }

  /**
   * {subject or null, source}: the deciding shift (OVERRIDE or SHIFT), else ROTATION, else NONE.
   */
  private Uni<String[]> pick(String group, Instant at) {
    return shifts
        .deciding(group, at)
        .chain(
            shift ->
                shift != null
                    ? Uni.createFrom()
                        .item(new String[] {shift.subject, shift.override ? "OVERRIDE" : "SHIFT"})
                    : rotations
                        .findById(group)
                        .map(
                            rotation -> {
                              String subject =
                                  rotation == null ? null : rotationPick(rotation(rotation), at);
                              return new String[] {subject, subject == null ? "NONE" : "ROTATION"};
                            }));
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
    long days = ChronoUnit.DAYS.between(first.toLocalDate(), now.toLocalDate());
    if (now.toLocalTime().isBefore(rotation.handoffTime())) {
      days--;
    }
    long turn = Math.floorDiv(days, rotation.shiftDays());
    return rotation.members().get((int) Math.floorMod(turn, rotation.members().size()));
  }

  private static Rotation rotation(RotationRecord record) {
    return new Rotation(
        record.timeZone,
        record.startsOn,
        record.handoffTime,
        record.shiftDays,
        List.of(record.members));
  }

  private static Shift shift(ShiftRecord shift, Person person) {
    return new Shift(
        shift.id,
        shift.groupCode,
        shift.subject,
        person == null ? null : person.displayName,
        shift.startsAt,
        shift.endsAt,
        shift.override,
        shift.note);
  }
}
