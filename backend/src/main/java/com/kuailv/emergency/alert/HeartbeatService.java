package com.kuailv.emergency.alert;

import com.kuailv.emergency.common.db.ClusterLock;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Heartbeats: a system pings; when its interval plus grace passes without a ping, an alert is
 * raised (once per check period across the cluster) and routed like any other; the next ping
 * resolves it.
 *
 * <p>Part of the intake: pings and the alerts they raise are written on the SQL pool where the
 * intake writes alerts (its measured hot path), and, like all sender data, are not audited.
 */
@ApplicationScoped
public class HeartbeatService {
  static final long LOCK = 7_101_002L;
  static final String DEDUP = "heartbeat";

  private final Pool pool;
  private final ClusterLock locks;
  private final Clock clock;
  private final Duration checkEvery;

  HeartbeatService(
      Pool pool,
      ClusterLock locks,
      Clock clock,
      @ConfigProperty(name = "kuailv.heartbeats.check-every") Duration checkEvery) {
    this.pool = pool;
    this.locks = locks;
    this.clock = clock;
    this.checkEvery = checkEvery;
  }

  Uni<Void> ping(long integrationId) {
    OffsetDateTime now = now();
    return pool.withTransaction(
            connection ->
                connection
                    .preparedQuery(
                        "update integration set last_ping_at = $2, last_received_at = $2"
                            + " where id = $1")
                    .execute(Tuple.of(integrationId, now))
                    .chain(
                        () ->
                            connection
                                .preparedQuery(
                                    "update alert set status = 'RESOLVED', resolved_at = $2,"
                                        + " last_seen_at = $2 where integration_id = $1"
                                        + " and dedup_key = '"
                                        + DEDUP
                                        + "' and status = 'OPEN'")
                                .execute(Tuple.of(integrationId, now))))
        .replaceWithVoid();
  }

  @Scheduled(
      every = "{kuailv.heartbeats.check-every}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> raiseMissedHeartbeats() {
    return locks.runOncePerPeriod(
        LOCK,
        "heartbeats",
        checkEvery,
        () ->
            pool.preparedQuery(
                    "with overdue as (select i.id, i.name from integration i"
                        + " where i.type = 'HEARTBEAT' and i.heartbeat_interval_seconds is not null"
                        + " and coalesce(i.last_ping_at, i.created_at) + make_interval(secs =>"
                        + " i.heartbeat_interval_seconds + coalesce(i.heartbeat_grace_seconds, 0))"
                        + " < $1 and not exists (select 1 from alert a where a.integration_id = i.id"
                        + " and a.dedup_key = 'heartbeat' and a.status = 'OPEN')),"
                        + " raised as (insert into alert (integration_id, dedup_key, group_key,"
                        + " status, severity, summary, source, details, count, first_seen_at,"
                        + " last_seen_at) select id, 'heartbeat', 'heartbeat', 'OPEN', 'CRITICAL',"
                        + " '心跳超时：' || name, name, '{}', 1, $1, $1 from overdue returning id)"
                        + " insert into alert_routing_queue (alert_id, queued_at)"
                        + " select id, $1 from raised")
                .execute(Tuple.of(now()))
                .replaceWithVoid());
  }

  private OffsetDateTime now() {
    return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
  }
}
