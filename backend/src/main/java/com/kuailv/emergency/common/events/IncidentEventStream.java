package com.kuailv.emergency.common.events;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.pgclient.PgConnectOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Listens on PostgreSQL channel {@code incident_events} (fed by a trigger on the timeline) and fans
 * each event out to this replica's live streams.
 */
@ApplicationScoped
public class IncidentEventStream {
  static final String CHANNEL = "incident_events";
  private static final Logger LOG = Logger.getLogger(IncidentEventStream.class);

  private final BroadcastProcessor<IncidentEvent> events = BroadcastProcessor.create();
  private PgSubscriber subscriber;

  @ConfigProperty(name = "quarkus.datasource.reactive.url")
  String url;

  @ConfigProperty(name = "quarkus.datasource.username")
  String user;

  @ConfigProperty(name = "quarkus.datasource.password")
  String password;

  void start(@Observes StartupEvent startup, Vertx vertx) {
    PgConnectOptions options =
        PgConnectOptions.fromUri(url.replaceFirst("^vertx-reactive:", ""))
            .setUser(user)
            .setPassword(password);
    subscriber = PgSubscriber.subscriber(vertx, options).reconnectPolicy(retries -> 500L);
    subscriber.channel(CHANNEL).handler(this::received);
    // After a reconnect, notifications sent meanwhile are lost: tell every listener to re-read.
    subscriber.channel(CHANNEL).subscribeHandler(() -> events.onNext(IncidentEvent.RESYNC));
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

  private void received(String payload) {
    try {
      JsonObject json = new JsonObject(payload);
      events.onNext(
          new IncidentEvent(
              json.getLong("incidentId"), json.getLong("entryId"), json.getString("kind")));
    } catch (RuntimeException e) {
      LOG.warnf("Ignoring a malformed %s payload: %s", CHANNEL, payload);
    }
  }

  /** Events from now on, for every incident. */
  public Multi<IncidentEvent> all() {
    return events;
  }
}
