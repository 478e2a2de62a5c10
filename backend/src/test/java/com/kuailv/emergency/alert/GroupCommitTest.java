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
            "insert into group_commit_probe (k, c) values ($1, 1)"
                + " on conflict (k) do update set c = group_commit_probe.c + 1",
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
}
