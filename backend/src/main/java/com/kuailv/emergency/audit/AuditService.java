package com.kuailv.emergency.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kuailv.emergency.common.security.Actor;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit log: every write of every feature is recorded here, in the writer's own transaction (a
 * failing insert rolls the write back), with who, when, which record and the record before and
 * after (never a secret such as an integration key). Writers on the reactive SQL pool call {@link
 * #record}, writers in Hibernate Reactive's unit of work {@link #recordInSession}.
 */
@ApplicationScoped
public class AuditService {
  /** The actor of scheduled jobs. */
  public static final Actor SYSTEM = new Actor("system", "system", "系统 system", java.util.Set.of());

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

  private final Pool pool;
  private final ObjectMapper json;
  private final Clock clock;

  AuditService(Pool pool, ObjectMapper json, Clock clock) {
    this.pool = pool;
    this.json = json;
    this.clock = clock;
  }

  /** Records one write; run it on the connection of the write's transaction. */
  public Uni<Void> record(
      SqlClient transaction,
      Actor actor,
      String action,
      String entityType,
      Object entityId,
      Object before,
      Object after) {
    return transaction
        .preparedQuery(
            "insert into audit_entry (at, actor_subject, actor_name, action, entity_type,"
                + " entity_id, before, after) values ($1, $2, $3, $4, $5, $6, $7::text::jsonb, $8::text::jsonb)")
        .execute(
            Tuple.from(
                java.util.Arrays.asList(
                    OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC),
                    actor.subject(),
                    actor.displayName(),
                    action,
                    entityType,
                    String.valueOf(entityId),
                    encode(before),
                    encode(after))))
        .replaceWithVoid();
  }

  /**
   * Records one write in the current Hibernate Reactive session's transaction (the caller's
   * {@code @WithTransaction}). {@code action} is "entity.verb" (e.g. {@code
   * incident.acknowledged}); before is null for a creation; both are serialised as JSON.
   */
  public Uni<Void> recordInSession(
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

  /** Newest first; filtered by entity when given. */
  public Uni<List<AuditEntry>> list(String entityType, String entityId, long beforeId, int limit) {
    return pool.preparedQuery(
            "select id, at, actor_subject, actor_name, action, entity_type, entity_id, before,"
                + " after from audit_entry where ($1::text is null or entity_type = $1)"
                + " and ($2::text is null or entity_id = $2) and id < $3"
                + " order by id desc limit $4")
        .execute(Tuple.of(entityType, entityId, beforeId, limit))
        .map(
            rows -> {
              List<AuditEntry> entries = new ArrayList<>();
              for (Row row : rows) {
                entries.add(
                    new AuditEntry(
                        row.getLong("id"),
                        row.getOffsetDateTime("at").toInstant(),
                        row.getString("actor_subject"),
                        row.getString("actor_name"),
                        row.getString("action"),
                        row.getString("entity_type"),
                        row.getString("entity_id"),
                        map(row.getValue("before")),
                        map(row.getValue("after"))));
              }
              return entries;
            });
  }

  private static Object map(Object value) {
    return value instanceof io.vertx.core.json.JsonObject object ? object.getMap() : value;
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
