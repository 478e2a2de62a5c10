package com.kuailv.emergency.alert;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Group commit for one statement: executions that arrive while earlier ones are being written are
 * sent together and commit once (a single statement over the whole batch, or a pipelined batch,
 * which the extended protocol runs up to its single Sync in one implicit transaction). Every caller
 * still hears back only after its row is committed. If a batch fails, its executions are retried
 * one by one, so one bad row never fails its neighbours.
 */
final class GroupCommit {
  /** How one execution, and a whole batch of them, is written. */
  interface Statement {
    Uni<?> one(SqlClient client, Tuple args);

    Uni<?> many(SqlClient client, List<Tuple> batch);

    /** The statement executed once per row, pipelined. */
    static Statement of(String sql) {
      return new Statement() {
        @Override
        public Uni<?> one(SqlClient client, Tuple args) {
          return client.preparedQuery(sql).execute(args);
        }

        @Override
        public Uni<?> many(SqlClient client, List<Tuple> batch) {
          return client.preparedQuery(sql).executeBatch(batch);
        }
      };
    }
  }

  /** One execution and whom to tell: null once committed, else the failure. */
  private record Pending(Tuple args, Consumer<Throwable> done) {}

  private final Pool pool;
  private final Statement statement;
  private final int maxInFlight;
  private final int maxBatch;
  private final Function<Tuple, String> lockOrder;
  private final Queue<Pending> queue = new ConcurrentLinkedQueue<>();
  private final AtomicInteger inFlight = new AtomicInteger();

  GroupCommit(
      Pool pool,
      Statement statement,
      int maxInFlight,
      int maxBatch,
      Function<Tuple, String> lockOrder) {
    this.pool = pool;
    this.statement = statement;
    this.maxInFlight = maxInFlight;
    this.maxBatch = maxBatch;
    this.lockOrder = lockOrder;
  }

  /** Completes once the execution with these arguments is committed. */
  Uni<Void> execute(Tuple args) {
    return Uni.createFrom()
        .emitter(
            emitter ->
                submit(
                    args,
                    failure -> {
                      if (failure == null) {
                        emitter.complete(null);
                      } else {
                        emitter.fail(failure);
                      }
                    }));
  }

  /**
   * Calls back with null once the execution is committed, or with its failure: the storm path,
   * without a reactive pipeline per execution.
   */
  void submit(Tuple args, Consumer<Throwable> done) {
    queue.add(new Pending(args, done));
    drain();
  }

  private void drain() {
    while (!queue.isEmpty()) {
      int running = inFlight.get();
      if (running >= maxInFlight) {
        return;
      }
      if (!inFlight.compareAndSet(running, running + 1)) {
        continue;
      }
      List<Pending> batch = new ArrayList<>();
      Pending next;
      while (batch.size() < maxBatch && (next = queue.poll()) != null) {
        batch.add(next);
      }
      if (batch.isEmpty()) {
        inFlight.decrementAndGet();
        continue;
      }
      // Rows in one order in every batch: concurrent batches never wait on each other in a cycle.
      batch.sort(Comparator.comparing(pending -> lockOrder.apply(pending.args())));
      write(batch)
          .subscribe()
          .with(
              settled -> {
                // The next batch goes to the database before the callers of this one hear back.
                finished();
                settled.run();
              },
              failure -> {
                // Only if the batch could not even be sent: everyone in it hears of it.
                finished();
                batch.forEach(pending -> pending.done().accept(failure));
              });
    }
  }

  private void finished() {
    inFlight.decrementAndGet();
    drain();
  }

  /** Writes the batch; its item tells the batch's callers how it went. */
  private Uni<Runnable> write(List<Pending> batch) {
    if (batch.size() == 1) {
      Pending only = batch.get(0);
      return Uni.createFrom()
          .deferred(() -> statement.one(pool, only.args()))
          .onItemOrFailure()
          .transform((rows, failure) -> (Runnable) () -> only.done().accept(failure));
    }
    return Uni.createFrom()
        .deferred(() -> statement.many(pool, batch.stream().map(Pending::args).toList()))
        .onItemOrFailure()
        .transformToUni(
            (rows, failure) -> {
              if (failure == null) {
                return Uni.createFrom()
                    .item(() -> batch.forEach(pending -> pending.done().accept(null)));
              }
              return Uni.join()
                  .all(batch.stream().map(pending -> write(List.of(pending))).toList())
                  .andFailFast()
                  .map(settlements -> (Runnable) () -> settlements.forEach(Runnable::run));
            });
  }
}
