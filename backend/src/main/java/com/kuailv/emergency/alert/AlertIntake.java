package com.kuailv.emergency.alert;

import com.kuailv.emergency.common.error.ProblemException;
import com.kuailv.emergency.common.error.ProblemType;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Takes alerts in: finds the integration by key, then stores every alert in one transaction that
 * commits before the sender hears back. A trigger opens an alert or counts a repeat; a resolve
 * closes it. Newly opened alerts are queued for routing, which happens after the answer.
 */
@ApplicationScoped
class AlertIntake {
  record Sender(long integrationId, String name, IntegrationType type) {}

  private record CachedSender(Sender sender, long expiresAt) {}

  /**
   * A resolve: $3 is when the sender says it ended, or when it arrived. Queued so that routing
   * notes it on the incident's timeline; the incident itself stays for people to verify and close.
   */
  private static final String RESOLVE =
      "with resolved as (update alert set status = 'RESOLVED',"
          + " resolved_at = greatest(first_seen_at, $3), last_seen_at = greatest(last_seen_at, $3)"
          + " where integration_id = $1 and dedup_key = $2 and status = 'OPEN' returning id)"
          + " insert into alert_sender_note (alert_id, action, at)"
          + " select id, 'RESOLVED', $3 from resolved on conflict do nothing";

  /**
   * A sender's acknowledgement: the alert is acknowledged (once) and queued so that routing notes
   * it on the incident's timeline. It does not acknowledge the incident: that is a person's act.
   */
  private static final String ACKNOWLEDGE =
      "with acked as (update alert set acknowledged_at = $3"
          + " where integration_id = $1 and dedup_key = $2 and status = 'OPEN'"
          + " and acknowledged_at is null returning id)"
          + " insert into alert_sender_note (alert_id, action, at)"
          + " select id, 'ACKNOWLEDGED', $3 from acked on conflict do nothing";

  private static final Logger LOG = Logger.getLogger(AlertIntake.class);

  private final Pool pool;
  private final Clock clock;
  private final Map<String, CachedSender> senders = new ConcurrentHashMap<>();
  private final Map<Long, RateWindow> rates = new ConcurrentHashMap<>();
  private final Map<Long, Long> lastTouched = new ConcurrentHashMap<>();
  private final int ratePerSecond;
  private final AlertUpserts upsert = new AlertUpserts();
  private final GroupCommit upserts;
  private final GroupCommit resolves;
  private final GroupCommit acknowledgements;

  AlertIntake(
      Pool pool,
      @ConfigProperty(name = "kuailv.intake.rate-per-second") int ratePerSecond,
      @ConfigProperty(name = "kuailv.intake.group-commit.in-flight") int inFlight,
      @ConfigProperty(name = "kuailv.intake.group-commit.batch") int batch,
      Clock clock) {
    this.pool = pool;
    this.clock = clock;
    this.ratePerSecond = ratePerSecond;
    this.upserts = new GroupCommit(pool, upsert, inFlight, batch, AlertUpserts::lockOrder);
    this.resolves =
        new GroupCommit(
            pool, GroupCommit.Statement.of(RESOLVE), inFlight, batch, AlertUpserts::lockOrder);
    this.acknowledgements =
        new GroupCommit(
            pool, GroupCommit.Statement.of(ACKNOWLEDGE), inFlight, batch, AlertUpserts::lockOrder);
  }

  /** The integration of this key and type; unknown keys all look the same from outside. */
  Uni<Sender> sender(String key, IntegrationType... accepted) {
    try {
      Sender known = knownSender(key, accepted);
      if (known != null) {
        return Uni.createFrom().item(known);
      }
    } catch (ProblemException refused) {
      return Uni.createFrom().failure(refused);
    }
    String hash = IntegrationKeys.hash(key);
    return admitted(lookup(hash, "key_hash", hash), unknownKey(), accepted);
  }

  /**
   * The integration of this key if it was looked up in the last few seconds, admitted under its
   * rate; null if it has to be looked up. Throws the answer for a refused key or rate.
   */
  Sender knownSender(String key, IntegrationType... accepted) {
    if (key == null || key.isBlank() || key.length() > 200) {
      throw unknownKey();
    }
    CachedSender cached = senders.get(IntegrationKeys.hash(key));
    if (cached == null || cached.expiresAt() <= clock.millis()) {
      return null;
    }
    return admit(cached.sender(), unknownKey(), accepted);
  }

  /** The events integration bound to this OIDC client, for callers with a client token. */
  Uni<Sender> senderForClient(String clientId) {
    ProblemException unbound =
        new ProblemException(
            ProblemType.NOT_FOUND,
            "No events integration is bound to the client '"
                + clientId
                + "'; ask an admin to bind one, or send its routing_key.");
    if (clientId == null || clientId.isBlank()) {
      return Uni.createFrom().failure(unbound);
    }
    return admitted(
        lookup(clientCacheKey(clientId), "client_id", clientId), unbound, IntegrationType.EVENTS);
  }

  /** Where the integration bound to this client is cached; null for no client. */
  static String clientCacheKey(String clientId) {
    return clientId == null ? null : "client:" + clientId;
  }

  /** The integration whose column equals the value, cached for a few seconds; null if none. */
  private Uni<Sender> lookup(String cacheKey, String column, String value) {
    long now = clock.millis();
    CachedSender cached = senders.get(cacheKey);
    if (cached != null && cached.expiresAt() > now) {
      return Uni.createFrom().item(cached.sender());
    }
    return pool.preparedQuery("select id, name, type from integration where " + column + " = $1")
        .execute(Tuple.of(value))
        .map(
            rows -> {
              if (rows.size() == 0) {
                return null;
              }
              Row row = rows.iterator().next();
              Sender sender =
                  new Sender(
                      row.getLong("id"),
                      row.getString("name"),
                      IntegrationType.valueOf(row.getString("type")));
              senders.put(cacheKey, new CachedSender(sender, now + 5_000));
              return sender;
            });
  }

  private Uni<Sender> admitted(
      Uni<Sender> found, ProblemException unknown, IntegrationType... accepted) {
    return found.map(sender -> admit(sender, unknown, accepted));
  }

  private Sender admit(Sender sender, ProblemException unknown, IntegrationType... accepted) {
    if (sender == null || !List.of(accepted).contains(sender.type())) {
      throw unknown;
    }
    rates
        .computeIfAbsent(sender.integrationId(), id -> new RateWindow())
        .admit(ratePerSecond, clock.millis() / 1000);
    return sender;
  }

  /**
   * Stores one alert and calls back with null once it is committed, or with the failure. Single
   * alerts (the events API) are committed together with their concurrent neighbours.
   */
  void recordOne(Sender sender, AlertSignal signal, Consumer<Throwable> done) {
    GroupCommit commit =
        switch (signal.action()) {
          case TRIGGER -> upserts;
          case RESOLVE -> resolves;
          case ACKNOWLEDGE -> acknowledgements;
        };
    commit.submit(
        tuple(sender, signal),
        failure -> {
          if (failure == null && touchDue(sender.integrationId())) {
            touchIntegration(sender.integrationId())
                .subscribe()
                .with(touched -> done.accept(null), done); // never fails: see touchIntegration
          } else {
            done.accept(failure);
          }
        });
  }

  /** Stores the alerts; answers once they are committed. */
  Uni<Void> record(Sender sender, List<AlertSignal> signals) {
    if (signals.size() == 1) {
      return Uni.createFrom()
          .emitter(
              emitter ->
                  recordOne(
                      sender,
                      signals.get(0),
                      failure -> {
                        if (failure == null) {
                          emitter.complete(null);
                        } else {
                          emitter.fail(failure);
                        }
                      }));
    }
    List<Tuple> triggers = new ArrayList<>();
    List<Tuple> resolved = new ArrayList<>();
    List<Tuple> acknowledged = new ArrayList<>();
    for (AlertSignal signal : signals) {
      Tuple args = tuple(sender, signal);
      switch (signal.action()) {
        case TRIGGER -> triggers.add(args);
        case RESOLVE -> resolved.add(args);
        case ACKNOWLEDGE -> acknowledged.add(args);
      }
    }
    // One order of rows everywhere: concurrent writers never wait on each other in a cycle.
    triggers.sort(Comparator.comparing(AlertUpserts::lockOrder));
    resolved.sort(Comparator.comparing(AlertUpserts::lockOrder));
    acknowledged.sort(Comparator.comparing(AlertUpserts::lockOrder));
    return pool.withTransaction(
            connection -> {
              Uni<?> chain = Uni.createFrom().voidItem();
              if (!triggers.isEmpty()) {
                chain = chain.chain(() -> upsert.many(connection, triggers));
              }
              if (!resolved.isEmpty()) {
                chain = chain.chain(() -> batch(connection.preparedQuery(RESOLVE), resolved));
              }
              if (!acknowledged.isEmpty()) {
                chain =
                    chain.chain(() -> batch(connection.preparedQuery(ACKNOWLEDGE), acknowledged));
              }
              return chain.replaceWithVoid();
            })
        .call(
            () ->
                touchDue(sender.integrationId())
                    ? touchIntegration(sender.integrationId())
                    : Uni.createFrom().voidItem());
  }

  /**
   * The statement's arguments: a trigger's whole alert, or what a resolve or acknowledge finds and
   * when. The sender's time counts where it gave one, never later than now.
   */
  private Tuple tuple(Sender sender, AlertSignal signal) {
    Instant arrived = clock.instant();
    OffsetDateTime now = OffsetDateTime.ofInstant(arrived, ZoneOffset.UTC);
    OffsetDateTime at =
        OffsetDateTime.ofInstant(AlertSignal.believable(signal.at(), arrived), ZoneOffset.UTC);
    if (signal.action() == AlertSignal.Action.ACKNOWLEDGE) {
      return Tuple.of(sender.integrationId(), signal.dedupKey(), now);
    }
    if (signal.action() == AlertSignal.Action.RESOLVE) {
      return Tuple.of(sender.integrationId(), signal.dedupKey(), at);
    }
    return Tuple.from(
        List.of(
            sender.integrationId(),
            signal.dedupKey(),
            signal.groupKey(),
            signal.severity().name(),
            signal.summary(),
            signal.source(),
            signal.details(),
            at,
            now));
  }

  private static Uni<RowSet<Row>> batch(
      io.vertx.mutiny.sqlclient.PreparedQuery<RowSet<Row>> query, List<Tuple> tuples) {
    return tuples.size() == 1 ? query.execute(tuples.get(0)) : query.executeBatch(tuples);
  }

  /** Whether the integration's last-received time is due, at most once a second; claims it. */
  private boolean touchDue(long integrationId) {
    long now = clock.millis();
    Long last = lastTouched.get(integrationId);
    if (last != null && now - last < 1_000) {
      return false;
    }
    lastTouched.put(integrationId, now);
    return true;
  }

  /** Notes when the integration was last heard from; the alerts are stored even if this fails. */
  private Uni<Void> touchIntegration(long integrationId) {
    return pool.preparedQuery("update integration set last_received_at = $2 where id = $1")
        .execute(Tuple.of(integrationId, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)))
        .replaceWithVoid()
        .onFailure()
        .invoke(
            failure ->
                LOG.warnf("Last-received time of integration %d: %s", integrationId, failure))
        .onFailure()
        .recoverWithNull();
  }

  /** Drops a cached integration (by key hash or client cache key) so its next request reads it. */
  void forget(String cacheKey) {
    if (cacheKey != null) {
      senders.remove(cacheKey);
    }
  }

  private static ProblemException unknownKey() {
    return new ProblemException(
        ProblemType.NOT_FOUND, "No integration answers to this key; check the URL or routing key.");
  }

  /** A fixed one-second window per integration; over the rate answers 429. */
  static final class RateWindow {
    private long second;
    private int count;

    /** Counts one request in the second {@code now} (epoch seconds); over the limit answers 429. */
    synchronized void admit(int limit, long now) {
      if (now != second) {
        second = now;
        count = 0;
      }
      if (++count > limit) {
        throw new ProblemException(
            ProblemType.TOO_MANY_REQUESTS,
            "This integration sends more than " + limit + " requests a second; retry shortly.");
      }
    }
  }
}
