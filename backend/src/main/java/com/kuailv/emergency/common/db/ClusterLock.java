package com.kuailv.emergency.common.db;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.Supplier;

/**
 * Runs work on one replica at a time: the replica that takes the PostgreSQL advisory lock runs it,
 * the others skip this round. Scheduled jobs use it so they run once per cluster. It holds the lock
 * on a connection of the SQL pool of its own (a session-level advisory lock must outlive the work's
 * transactions), and the work writes through its own unit of work.
 */
@ApplicationScoped
public class ClusterLock {
  /** This replica, as recorded in {@code scheduled_job_run}. */
  public static final String INSTANCE = hostName() + "-" + ProcessHandle.current().pid();

  private static final String CLAIM =
      "insert into scheduled_job_run (job, period_start, instance, started_at)"
          + " values ($1, $2, $3, $4) on conflict do nothing";
  private static final String PRUNE =
      "delete from scheduled_job_run where job = $1 and period_start < $2";

  private final Pool pool;
  private final Clock clock;

  ClusterLock(Pool pool, Clock clock) {
    this.pool = pool;
    this.clock = clock;
  }

  /**
   * Runs work once per period across the cluster: the replica that first claims the period (a row
   * in {@code scheduled_job_run}) runs it, under the advisory lock; every other replica skips it.
   * Periods are counted on the application's clock from the epoch; claims older than a day go.
   */
  public Uni<Void> runOncePerPeriod(
      long lock, String job, Duration period, Supplier<Uni<Void>> work) {
    long millis = Math.max(period.toMillis(), 1);
    Instant now = clock.instant();
    Instant start = Instant.ofEpochMilli(now.toEpochMilli() / millis * millis);
    OffsetDateTime periodStart = OffsetDateTime.ofInstant(start, ZoneOffset.UTC);
    OffsetDateTime startedAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
    return runExclusively(
        lock,
        () ->
            pool.preparedQuery(CLAIM)
                .execute(Tuple.of(job, periodStart, INSTANCE, startedAt))
                .chain(
                    claimed ->
                        claimed.rowCount() == 1
                            ? work.get()
                                .call(
                                    () ->
                                        pool.preparedQuery(PRUNE)
                                            .execute(Tuple.of(job, startedAt.minusDays(1))))
                            : Uni.createFrom().voidItem()));
  }

  /** Runs work if this replica takes advisory lock {@code lock}; otherwise skips it. */
  public Uni<Void> runExclusively(long lock, Supplier<Uni<Void>> work) {
    return pool.getConnection()
        .chain(
            holder ->
                holder
                    .query("select pg_try_advisory_lock(" + lock + ")")
                    .execute()
                    .chain(
                        rows ->
                            rows.iterator().next().getBoolean(0)
                                ? work.get()
                                    .eventually(
                                        () ->
                                            holder
                                                .query("select pg_advisory_unlock(" + lock + ")")
                                                .execute())
                                : Uni.createFrom().voidItem())
                    .eventually(holder::close));
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "unknown-host";
    }
  }
}
