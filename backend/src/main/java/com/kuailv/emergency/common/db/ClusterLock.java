package com.kuailv.emergency.common.db;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import java.util.function.Supplier;

/**
 * Runs work on one replica at a time: the replica that takes the PostgreSQL advisory lock runs it,
 * the others skip this round. Scheduled jobs use it so they run once per cluster.
 */
public final class ClusterLock {
  private ClusterLock() {}

  public static Uni<Void> runExclusively(Pool pool, long lock, Supplier<Uni<Void>> work) {
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
}
