package com.kuailv.emergency.notification;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.pgclient.PgConnectOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sends new deliveries the moment their transaction commits: listens on PostgreSQL channel {@code
 * notification_delivery} (a trigger announces every insert) and runs the worker until nothing is
 * due. Wake-ups during a run are folded into one more run. The scheduler's poll stays as the net
 * for retries and for notifications missed while the listener reconnects.
 */
@ApplicationScoped
public class DeliveryWakeUp {
  static final String CHANNEL = "notification_delivery";
  private static final Logger LOG = Logger.getLogger(DeliveryWakeUp.class);

  private final DeliveryWorker worker;
  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicBoolean again = new AtomicBoolean();
  private PgSubscriber subscriber;
  private Vertx vertx;

  @ConfigProperty(name = "quarkus.datasource.reactive.url")
  String url;

  @ConfigProperty(name = "quarkus.datasource.username")
  String user;

  @ConfigProperty(name = "quarkus.datasource.password")
  String password;

  DeliveryWakeUp(DeliveryWorker worker) {
    this.worker = worker;
  }

  void start(@Observes StartupEvent startup, Vertx vertx) {
    this.vertx = vertx;
    PgConnectOptions options =
        PgConnectOptions.fromUri(url.replaceFirst("^vertx-reactive:", ""))
            .setUser(user)
            .setPassword(password);
    subscriber = PgSubscriber.subscriber(vertx, options).reconnectPolicy(retries -> 500L);
    subscriber.channel(CHANNEL).handler(ignored -> wake());
    subscriber
        .connect()
        .subscribe()
        .with(
            ignored -> LOG.debugf("Listening on %s", CHANNEL),
            failure -> LOG.errorf("Could not listen on %s: %s", CHANNEL, failure.getMessage()));
  }

  void stop(@Observes ShutdownEvent shutdown) {
    if (subscriber != null) {
      subscriber.closeAndForget();
    }
  }

  /** Runs the worker now, or once more after the run in progress. */
  void wake() {
    if (!running.compareAndSet(false, true)) {
      again.set(true);
      return;
    }
    // Hibernate Reactive needs its own (duplicated) Vert.x context, as a request has.
    Context context =
        VertxContext.createNewDuplicatedContext(vertx.getDelegate().getOrCreateContext());
    io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle.setContextSafe(context, true);
    context.runOnContext(
        ignored ->
            worker
                .drain()
                .subscribe()
                .with(
                    sent -> finished(),
                    failure -> {
                      LOG.warnf("Delivery after a wake-up failed: %s", failure.getMessage());
                      finished();
                    }));
  }

  private void finished() {
    running.set(false);
    if (again.getAndSet(false)) {
      wake();
    }
  }
}
