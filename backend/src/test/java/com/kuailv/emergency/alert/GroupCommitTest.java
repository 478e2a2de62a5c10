package com.kuailv.emergency.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kuailv.emergency.testing.Db;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GroupCommitTest {
  @Inject Pool pool;
  @Inject Db db;

  @Test
  void concurrentExecutionsAreAllCommittedAndABadRowFailsOnlyItself() {
    db.execute(
        "create table if not exists group_commit_probe (k integer primary key check (k > 0),"
            + " c integer not null)");
    db.execute("truncate group_commit_probe");
    GroupCommit commit =
        new GroupCommit(
            pool,
            GroupCommit.Statement.of(
                "insert into group_commit_probe (k, c) values ($1, 1)"
                    + " on conflict (k) do update set c = group_commit_probe.c + 1"),
            2,
            16,
            args -> String.valueOf(args.getInteger(0)));
    AtomicInteger failed = new AtomicInteger();
    List<Uni<Void>> writes = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      int k = i == 150 ? -1 : 1 + i % 100; // every key three times, one row breaks the check
      writes.add(
          commit
              .execute(Tuple.of(k))
              .onFailure()
              .invoke(failure -> failed.incrementAndGet())
              .onFailure()
              .recoverWithNull());
    }
    Uni.join().all(writes).andCollectFailures().await().atMost(Duration.ofSeconds(30));

    assertEquals(1, failed.get(), "only the row that breaks the check fails");
    assertEquals(100, db.count("group_commit_probe"));
    assertEquals(
        299, db.first("select sum(c) from group_commit_probe").getLong(0), "repeats counted");
    assertTrue(db.first("select min(k) from group_commit_probe").getInteger(0) > 0);
  }

  @Test
  void aBatchOfTriggersCountsRepeatsOfOneAlertAndQueuesEachNewAlertOnce() {
    long integration =
        db.first(
                "insert into integration (name, type, key_hash, key_hint, created_at,"
                    + " key_rotated_at) values ('upserts', 'EVENTS', md5(random()::text), 'x',"
                    + " now(), now()) returning id")
            .getLong(0);
    OffsetDateTime t0 = OffsetDateTime.parse("2026-11-28T02:00:00Z");
    List<Tuple> batch = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      batch.add(trigger(integration, "disk", "WARNING", "磁盘 " + i, t0.plusSeconds(i)));
    }
    batch.add(trigger(integration, "cpu", "CRITICAL", "CPU", t0));
    AlertUpserts upserts = new AlertUpserts();
    upserts.many(pool, batch).await().atMost(Duration.ofSeconds(10));
    upserts
        .many(pool, List.of(trigger(integration, "disk", "ERROR", "磁盘 again", t0.plusSeconds(9))))
        .await()
        .atMost(Duration.ofSeconds(10));

    var disk =
        db.first(
            "select count, summary, severity, first_seen_at = '"
                + t0
                + "', last_seen_at = '"
                + t0.plusSeconds(9)
                + "' from alert where integration_id = "
                + integration
                + " and dedup_key = 'disk'");
    assertEquals(6, disk.getInteger(0), "five in one batch and one more");
    assertEquals("磁盘 again", disk.getString(1));
    assertEquals("ERROR", disk.getString(2));
    assertTrue(disk.getBoolean(3), "first seen is the earliest");
    assertTrue(disk.getBoolean(4), "last seen is the latest");
    assertEquals(
        2,
        db.first(
                "select count(*) from alert_routing_queue q join alert a on a.id = q.alert_id"
                    + " where a.integration_id = "
                    + integration)
            .getLong(0),
        "each new alert queued for routing once");
  }

  private static Tuple trigger(
      long integration, String key, String severity, String summary, OffsetDateTime at) {
    // Began and arrived at the same moment here: last seen is the arrival of the latest.
    return Tuple.from(
        List.of(integration, key, "g", severity, summary, "test", "{\"n\": 1}", at, at));
  }

  @Test
  void aStatementThatCannotBeSentFailsItsCallersAndTheNextOnesStillRun() {
    AtomicInteger sends = new AtomicInteger();
    GroupCommit commit =
        new GroupCommit(
            pool,
            new GroupCommit.Statement() {
              @Override
              public Uni<?> one(io.vertx.mutiny.sqlclient.SqlClient client, Tuple args) {
                if (sends.incrementAndGet() == 1) {
                  throw new IllegalStateException("cannot build the statement");
                }
                return client.query("select 1").execute();
              }

              @Override
              public Uni<?> many(io.vertx.mutiny.sqlclient.SqlClient client, List<Tuple> batch) {
                throw new IllegalStateException("not batched here");
              }
            },
            1,
            1,
            args -> "");
    AtomicInteger failures = new AtomicInteger();
    commit.submit(Tuple.of(1), failure -> failures.addAndGet(failure == null ? 0 : 1));
    commit.execute(Tuple.of(2)).await().atMost(Duration.ofSeconds(10));
    assertEquals(1, failures.get(), "the first caller hears of the failure");
    assertEquals(2, sends.get(), "the one after it is still written");
  }
}
