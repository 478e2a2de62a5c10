package com.kuailv.emergency.common.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.kuailv.emergency.common.error.ProblemException;
import com.kuailv.emergency.common.security.Actor;
import com.kuailv.emergency.common.security.SecretBox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Idempotency keys for creating operations, as the IETF httpapi draft "The Idempotency-Key HTTP
 * Header Field" describes: a caller that sends the same key with the same request within 24 hours
 * gets the first answer again and nothing is created twice; the same key with another request is
 * refused (422). Keys belong to the caller (token subject) and are kept in the database, in the
 * transaction of the creation itself, so they hold across replicas and a request answered 2xx has
 * its key stored with it. Two requests with one key at the same moment: the second waits on the
 * first's row and then answers its result. Callers that send no key see no change.
 */
@ApplicationScoped
public class IdempotencyKeys {
  /** The request header. */
  public static final String HEADER = "Idempotency-Key";

  /** What the header means, for the OpenAPI document. */
  public static final String DOC =
      "Optional. One key per thing the caller means to create (e.g. a UUID per form): the same key"
          + " and request within 24 hours answers the first result and creates nothing more; the"
          + " same key with another request answers 422.";

  /** How long a key is remembered. */
  static final Duration KEPT = Duration.ofHours(24);

  private static final Pattern KEY = Pattern.compile("^[\\x21-\\x7e]{1,255}$");

  private final ObjectMapper json;

  /** The same mapper with maps and properties in a stable order, for fingerprints. */
  private final ObjectMapper canonical;

  private final SecretBox secrets;
  private final Clock clock;

  IdempotencyKeys(ObjectMapper json, SecretBox secrets, Clock clock) {
    this.json = json;
    this.canonical =
        json.copy()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true);
    this.secrets = secrets;
    this.clock = clock;
  }

  /**
   * Runs {@code create} once per key: answers its result, or, for a key seen before with the same
   * {@code operation} (an OpenAPI operationId) and {@code request} (everything that makes the
   * request: path ids and body), the first result read back as {@code type}. A null or blank key
   * runs {@code create} as if there were none. 400 naming the header for a malformed key (1 to 255
   * visible ASCII characters, optionally in double quotes as a structured-field string); 422 for a
   * key reused with another request. Always runs in a transaction (joining the caller's): {@code
   * create} must write through the current Panache session, so its record and the key commit
   * together.
   */
  @WithTransaction
  public <T> Uni<T> once(
      String key,
      Actor actor,
      String operation,
      Object request,
      Class<T> type,
      Supplier<Uni<T>> create) {
    if (key == null || key.isBlank()) {
      return create.get();
    }
    String clean = unquote(key.strip());
    if (!KEY.matcher(clean).matches()) {
      throw ProblemException.invalid(HEADER, "key-format");
    }
    String fingerprint = fingerprint(operation, request);
    Instant now = clock.instant();
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(
                        // A key older than a day is forgotten: its row is taken over.
                        "insert into idempotency_key (caller, key, operation, fingerprint,"
                            + " created_at) values (:caller, :key, :operation, :fingerprint, :now)"
                            + " on conflict (caller, key) do update set operation ="
                            + " excluded.operation, fingerprint = excluded.fingerprint,"
                            + " response = null, created_at = excluded.created_at"
                            + " where idempotency_key.created_at < :expired")
                    .setParameter("caller", actor.subject())
                    .setParameter("key", clean)
                    .setParameter("operation", operation)
                    .setParameter("fingerprint", fingerprint)
                    .setParameter("now", now)
                    .setParameter("expired", now.minus(KEPT))
                    .executeUpdate()
                    .chain(
                        claimed ->
                            claimed == 1
                                ? create.get().call(result -> remember(actor, clean, result))
                                : replay(actor, clean, operation, fingerprint, type)));
  }

  /** Forgets keys older than a day (every hour). */
  @Scheduled(every = "1h", delayed = "1m")
  @WithTransaction
  Uni<Void> forgetOldKeys() {
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery("delete from idempotency_key where created_at < :expired")
                    .setParameter("expired", clock.instant().minus(KEPT))
                    .executeUpdate())
        .replaceWithVoid();
  }

  private Uni<Void> remember(Actor actor, String key, Object result) {
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(
                        "update idempotency_key set response = cast(cast(:response as text) as"
                            + " jsonb) where caller = :caller and key = :key")
                    .setParameter("response", encode(result))
                    .setParameter("caller", actor.subject())
                    .setParameter("key", key)
                    .executeUpdate())
        .replaceWithVoid();
  }

  private <T> Uni<T> replay(
      Actor actor, String key, String operation, String fingerprint, Class<T> type) {
    return Panache.getSession()
        .chain(
            session ->
                session
                    .<Object[]>createNativeQuery(
                        "select operation, fingerprint, cast(response as text) from"
                            + " idempotency_key where caller = :caller and key = :key")
                    .setParameter("caller", actor.subject())
                    .setParameter("key", key)
                    .getResultList())
        .map(
            rows -> {
              List<Object[]> found = rows;
              if (found.isEmpty()
                  || !operation.equals(found.get(0)[0])
                  || !fingerprint.equals(found.get(0)[1])) {
                throw ProblemException.unprocessable(HEADER, "key-reused");
              }
              return decode((String) found.get(0)[2], type);
            });
  }

  /** A keyed hash of the request (it may hold a secret, e.g. a channel's signing key). */
  private String fingerprint(String operation, Object request) {
    try {
      return secrets.fingerprint(operation + "\n" + canonical.writeValueAsString(request));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("request not serialisable", e);
    }
  }

  private String encode(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("not serialisable", e);
    }
  }

  private <T> T decode(String stored, Class<T> type) {
    try {
      return json.readValue(stored, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored answer not readable as " + type.getSimpleName(), e);
    }
  }

  private static String unquote(String key) {
    return key.length() >= 2 && key.startsWith("\"") && key.endsWith("\"")
        ? key.substring(1, key.length() - 1)
        : key;
  }
}
