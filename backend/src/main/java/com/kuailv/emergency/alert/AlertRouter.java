package com.kuailv.emergency.alert;

import com.kuailv.emergency.common.db.ClusterLock;
import com.kuailv.emergency.common.db.SqlStates;
import com.kuailv.emergency.common.text.StorableText;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Turns newly opened alerts into incidents after the intake has answered: the alerts of one group
 * (Alertmanager's group key, an event's group) join the group's active incident, or open one. A
 * storm of a thousand alerts of one outage makes one incident. Each group is routed in one
 * transaction ({@link GroupRouting}); a group that fails is set aside with its error and the rest
 * of the queue goes on. Then senders' acknowledgements and resolves are noted on the incidents'
 * timelines. Runs once per cluster at a time, under a PostgreSQL advisory lock.
 *
 * <p>Only reading the queue runs on the SQL pool (planned afresh each run, see {@link
 * #routeBatch}); every write of routing runs in Hibernate Reactive's unit of work.
 */
@ApplicationScoped
class AlertRouter {
  static final long LOCK = 7_101_001L;
  private static final int BATCH = 1000;
  private static final int MAX_BATCHES_PER_RUN = 30;
  private static final int ERROR_LIMIT = 2000;
  private static final int MAX_ATTEMPTS = 3;
  private static final Logger LOG = Logger.getLogger(AlertRouter.class);

  /** A queued alert with what routing needs of it; {@code link} is the sender's URL, or null. */
  record Queued(
      long alertId,
      long integrationId,
      String integrationName,
      String groupKey,
      String summary,
      String source,
      OffsetDateTime firstSeenAt,
      Matcher.Facts facts,
      String link) {}

  private final Pool pool;
  private final ClusterLock locks;
  private final AlertPolicyService policies;
  private final GroupRouting routing;

  AlertRouter(Pool pool, ClusterLock locks, AlertPolicyService policies, GroupRouting routing) {
    this.pool = pool;
    this.locks = locks;
    this.policies = policies;
    this.routing = routing;
  }

  @Scheduled(
      every = "{kuailv.alerts.routing-every}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> routeQueuedAlerts() {
    return locks.runExclusively(
        LOCK, () -> routeUntilDrained(MAX_BATCHES_PER_RUN).chain(this::noteSenders));
  }

  /** A storm queues faster than one batch a run: keep routing while batches come back full. */
  private Uni<Void> routeUntilDrained(int batches) {
    return routeBatch()
        .chain(
            routed ->
                routed == BATCH && batches > 1
                    ? routeUntilDrained(batches - 1)
                    : Uni.createFrom().voidItem());
  }

  /** Routes the oldest queued alerts that were not set aside; answers how many. */
  private Uni<Integer> routeBatch() {
    // The oldest queued first, then their alerts by id: a join of the whole queue would let the
    // planner merge it with every alert from the first one ever stored. Planned on every run, not
    // prepared: a plan cached while the alert table was small hashes the whole table once it has
    // grown, and in a storm it grows long before autovacuum analyzes it again.
    return pool.query(
            "select q.alert_id, a.integration_id, i.name, a.group_key, a.summary, a.source,"
                + " a.first_seen_at, a.severity, a.details -> 'labels',"
                + " coalesce(a.details ->> 'generatorURL', a.details ->> 'client_url')"
                + " from (select alert_id from alert_routing_queue where failed_at is null"
                + " order by alert_id limit "
                + BATCH
                + ") q"
                + " join alert a on a.id = q.alert_id"
                + " join integration i on i.id = a.integration_id order by q.alert_id")
        .execute()
        .chain(
            rows -> {
              Map<String, List<Queued>> groups = new LinkedHashMap<>();
              for (Row row : rows) {
                Queued queued =
                    new Queued(
                        row.getLong(0),
                        row.getLong(1),
                        row.getString(2),
                        row.getString(3),
                        row.getString(4),
                        row.getString(5),
                        row.getOffsetDateTime(6),
                        new Matcher.Facts(
                            labels(row.getValue(8)),
                            row.getString(7).toLowerCase(),
                            row.getString(5),
                            row.getString(4)),
                        row.getString(9));
                groups
                    .computeIfAbsent(
                        queued.integrationId() + "\u0000" + queued.groupKey(),
                        k -> new ArrayList<>())
                    .add(queued);
              }
              Map<Long, AlertPolicy> policies = new java.util.HashMap<>();
              return Multi.createFrom()
                  .iterable(groups.values())
                  .onItem()
                  .transformToUniAndConcatenate(alerts -> routeGroup(alerts, policies))
                  .collect()
                  .last()
                  .replaceWith(rows.size());
            });
  }

  /** Routes one group; {@code policies} holds each integration's policy once per batch. */
  private Uni<Void> routeGroup(List<Queued> alerts, Map<Long, AlertPolicy> policies) {
    long integrationId = alerts.get(0).integrationId();
    AlertPolicy known = policies.get(integrationId);
    return (known != null
            ? Uni.createFrom().item(known)
            : this.policies.policyFor(integrationId).invoke(p -> policies.put(integrationId, p)))
        .chain(policy -> routing.route(policy, alerts))
        .onFailure()
        .recoverWithUni(failure -> setAside(alerts, failure));
  }

  /** Notes senders' acknowledgements and resolves on the incidents' timelines, one at a time. */
  private Uni<Void> noteSenders() {
    return routing
        .pendingSenderNotes()
        .chain(
            pending -> {
              Uni<Void> done = Uni.createFrom().voidItem();
              for (Map.Entry<Long, List<Object[]>> incident : pending.entrySet()) {
                done =
                    done.chain(() -> routing.noteSenders(incident.getKey(), incident.getValue()));
              }
              return done;
            });
  }

  /**
   * Notes the failure on the group's alerts: they are routed again on the next run, unless the
   * failure can never go away (data PostgreSQL refuses, SQL states 22xxx and 23xxx) or this was
   * their third attempt; then they are set aside with the error, for an admin to see and retry.
   */
  private Uni<Void> setAside(List<Queued> alerts, Throwable failure) {
    boolean permanent = isPermanent(failure);
    LOG.warnf(
        failure,
        "Alert group %s of integration %d could not be routed (%s)",
        alerts.get(0).groupKey(),
        alerts.get(0).integrationId(),
        permanent ? "set aside" : "retried next run unless it was the third attempt");
    String cut =
        StorableText.cut(StorableText.clean(String.valueOf(failure.getMessage())), ERROR_LIMIT);
    return routing.noteFailure(alerts, cut, permanent, MAX_ATTEMPTS);
  }

  /** Data PostgreSQL refuses fails the same way every time; connections and locks do not. */
  private static boolean isPermanent(Throwable failure) {
    String state = SqlStates.of(failure);
    return state != null && (state.startsWith("22") || state.startsWith("23"));
  }

  private static Map<String, String> labels(Object json) {
    Map<String, String> labels = new java.util.TreeMap<>();
    if (json instanceof io.vertx.core.json.JsonObject object) {
      object.forEach(entry -> labels.put(entry.getKey(), String.valueOf(entry.getValue())));
    }
    return labels;
  }
}
