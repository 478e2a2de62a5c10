package com.kuailv.emergency.testing;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/** Direct SQL for tests that check what is (and is not) stored. */
@ApplicationScoped
public class Db {
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private final Pool pool;

  Db(Pool pool) {
    this.pool = pool;
  }

  public long count(String table) {
    return first("select count(*) from " + table).getLong(0);
  }

  public Row first(String sql) {
    return pool.query(sql).execute().await().atMost(TIMEOUT).iterator().next();
  }

  public void execute(String sql) {
    pool.query(sql).execute().await().atMost(TIMEOUT);
  }
}
