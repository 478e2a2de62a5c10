package com.kuailv.emergency.common.db;

import io.quarkus.runtime.ShutdownEvent;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.pgclient.PgConnectOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * This replica's one LISTEN connection to PostgreSQL, shared by every feature that wants to hear a
 * channel's NOTIFY the moment its transaction commits. It reconnects every 500 ms when the
 * connection drops; notifications sent meanwhile are lost, so each listener is told when its
 * channel is (re)subscribed and re-reads what it keeps.
 */
@ApplicationScoped
public class PgChannels {
  private static final Logger LOG = Logger.getLogger(PgChannels.class);

  private final Vertx vertx;
  private PgSubscriber subscriber;

  @ConfigProperty(name = "quarkus.datasource.reactive.url")
  String url;

  @ConfigProperty(name = "quarkus.datasource.username")
  String user;

  @ConfigProperty(name = "quarkus.datasource.password")
  String password;

  PgChannels(Vertx vertx) {
    this.vertx = vertx;
  }

  /**
   * Calls {@code onPayload} with each notification's payload on {@code channel} (on the event loop:
   * it must not block), and {@code onSubscribed} each time the channel is listened to again, the
   * first time included.
   */
  public synchronized void listen(
      String channel, Consumer<String> onPayload, Runnable onSubscribed) {
    boolean first = subscriber == null;
    if (first) {
      PgConnectOptions options =
          PgConnectOptions.fromUri(url.replaceFirst("^vertx-reactive:", ""))
              .setUser(user)
              .setPassword(password);
      subscriber = PgSubscriber.subscriber(vertx, options).reconnectPolicy(retries -> 500L);
    }
    subscriber.channel(channel).subscribeHandler(onSubscribed::run).handler(onPayload::accept);
    if (first) {
      subscriber
          .connect()
          .subscribe()
          .with(
              ignored -> LOG.debug("Listening to PostgreSQL notifications"),
              failure -> LOG.errorf("Could not listen to PostgreSQL: %s", failure.getMessage()));
    }
  }

  void stop(@Observes ShutdownEvent shutdown) {
    PgSubscriber listening;
    synchronized (this) {
      listening = subscriber;
    }
    if (listening != null) {
      listening.closeAndForget();
    }
  }
}
