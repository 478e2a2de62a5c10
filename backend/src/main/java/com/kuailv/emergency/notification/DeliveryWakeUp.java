package com.kuailv.emergency.notification;

import com.kuailv.emergency.common.db.Background;
import com.kuailv.emergency.common.db.PgChannels;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.atomic.AtomicBoolean;
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
  private final Background background;
  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicBoolean again = new AtomicBoolean();

  DeliveryWakeUp(DeliveryWorker worker, Background background) {
    this.worker = worker;
    this.background = background;
  }

  void start(@Observes StartupEvent startup, PgChannels channels) {
    channels.listen(CHANNEL, ignored -> wake(), () -> {});
  }

  /** Runs the worker now, or once more after the run in progress. */
  void wake() {
    if (!running.compareAndSet(false, true)) {
      again.set(true);
      return;
    }
    background.run(
        worker::drain,
        failure -> {
          if (failure != null) {
            LOG.warnf("Delivery after a wake-up failed: %s", failure.getMessage());
          }
          finished();
        });
  }

  private void finished() {
    running.set(false);
    if (again.getAndSet(false)) {
      wake();
    }
  }
}
