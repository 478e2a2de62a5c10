package com.kuailv.emergency.common.events;

import com.kuailv.emergency.common.db.PgChannels;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
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

  void start(@Observes StartupEvent startup, PgChannels channels) {
    // After a reconnect, notifications sent meanwhile are lost: tell every listener to re-read.
    channels.listen(CHANNEL, this::received, () -> events.onNext(IncidentEvent.RESYNC));
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
