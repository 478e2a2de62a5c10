package com.kuailv.emergency.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kuailv.emergency.common.i18n.SystemActors;
import com.kuailv.emergency.common.security.Actor;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The audit log: every write of every feature is recorded here, in the writer's own transaction (a
 * failing insert rolls the write back), with who, when, which record and the record before and
 * after (never a secret such as an integration key). Writers call {@link #record} inside their
 * Hibernate Reactive transaction.
 */
@ApplicationScoped
public class AuditService {
  /** The actor of scheduled jobs. */
  public static final Actor SYSTEM = new Actor("system", "system", "系统", java.util.Set.of());

  public record AuditEntry(
      long id,
      Instant at,
      String actorSubject,
      String actorName,
      String action,
      String entityType,
      String entityId,
      Object before,
      Object after) {}

  private final ObjectMapper json;
  private final Clock clock;

  AuditService(ObjectMapper json, Clock clock) {
    this.json = json;
    this.clock = clock;
  }

  /**
   * Records one write in the current Hibernate Reactive session's transaction (the caller's
   * {@code @WithTransaction}). {@code action} is "entity.verb" (e.g. {@code
   * incident.acknowledged}); before is null for a creation; both are serialised as JSON.
   */
  public Uni<Void> record(
      Actor actor, String action, String entityType, Object entityId, Object before, Object after) {
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(
                        "insert into audit_entry (at, actor_subject, actor_name, action,"
                            + " entity_type, entity_id, before, after) values (:at, :subject,"
                            // Through text: a string bound as jsonb would be stored as a
                            // JSON string, not the object it holds.
                            + " :name, :action, :type, :id, cast(cast(:before as text) as jsonb),"
                            + " cast(cast(:after as text) as jsonb))")
                    .setParameter("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                    .setParameter("subject", actor.subject())
                    .setParameter("name", actor.displayName())
                    .setParameter("action", action)
                    .setParameter("type", entityType)
                    .setParameter("id", String.valueOf(entityId))
                    .setParameter("before", encode(before))
                    .setParameter("after", encode(after))
                    .executeUpdate())
        .replaceWithVoid();
  }

  /**
   * Records flags the system set or cleared, one entry each, as {@link #SYSTEM}: {@code marks} are
   * rows of {record id, new flag (boolean)}; the action is {@code whenSet} or {@code whenCleared},
   * the record after {@code {flag: value}}. Answers how many.
   */
  public Uni<Integer> recordFlags(
      List<Object[]> marks, String entityType, String flag, String whenSet, String whenCleared) {
    Uni<Void> chain = Uni.createFrom().voidItem();
    for (Object[] mark : marks) {
      long id = ((Number) mark[0]).longValue();
      boolean set = Boolean.TRUE.equals(mark[1]);
      chain =
          chain.chain(
              () ->
                  record(
                      SYSTEM,
                      set ? whenSet : whenCleared,
                      entityType,
                      id,
                      null,
                      java.util.Map.of(flag, set)));
    }
    return chain.replaceWith(marks.size());
  }

  /**
   * Entries newest first, those with ids below {@code beforeId}, at most {@code limit}; filtered by
   * entity type and id when given. Before and after come back as the JSON they were stored as
   * (maps, lists, strings, numbers). System actors are named in English when {@code english}, in
   * Chinese otherwise.
   */
  @WithSession
  public Uni<List<AuditEntry>> list(
      String entityType, String entityId, long beforeId, int limit, boolean english) {
    return Panache.getSession()
        .chain(
            session ->
                session
                    .<Object[]>createNativeQuery(
                        "select id, at, actor_subject, actor_name, action, entity_type, entity_id,"
                            + " cast(before as text), cast(after as text) from audit_entry"
                            + " where (cast(:type as text) is null or entity_type = :type)"
                            + " and (cast(:id as text) is null or entity_id = :id) and id < :before"
                            + " order by id desc limit :limit")
                    .setParameter("type", entityType)
                    .setParameter("id", entityId)
                    .setParameter("before", beforeId)
                    .setParameter("limit", limit)
                    .getResultList())
        .map(
            rows ->
                rows.stream()
                    .map(
                        row ->
                            new AuditEntry(
                                ((Number) row[0]).longValue(),
                                instant(row[1]),
                                (String) row[2],
                                SystemActors.name((String) row[2], (String) row[3], english),
                                (String) row[4],
                                (String) row[5],
                                (String) row[6],
                                decode((String) row[7]),
                                decode((String) row[8])))
                    .toList());
  }

  private static Instant instant(Object value) {
    return value instanceof OffsetDateTime at
        ? at.toInstant()
        : value instanceof Instant at ? at : java.sql.Timestamp.class.cast(value).toInstant();
  }

  private Object decode(String stored) {
    if (stored == null) {
      return null;
    }
    try {
      return json.readValue(stored, Object.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored audit value is not JSON", e);
    }
  }

  private String encode(Object value) {
    if (value == null) {
      return null;
    }
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("audit value not serialisable", e);
    }
  }
}
