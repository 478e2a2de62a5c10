package com.kuailv.emergency.safeguard;

import com.kuailv.emergency.common.db.ClusterLock;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Flags systems whose last verified restore is older than their policy, once per cluster. */
@ApplicationScoped
class SafeguardJob {
  static final long LOCK = 7_101_005L;

  private final Pool pool;
  private final SafeguardService safeguards;
  private final Duration every;
  private final Clock clock;

  SafeguardJob(
      Pool pool,
      SafeguardService safeguards,
      @ConfigProperty(name = "kuailv.safeguards.check-every") Duration every,
      Clock clock) {
    this.clock = clock;
    this.pool = pool;
    this.safeguards = safeguards;
    this.every = every;
  }

  @Scheduled(
      every = "{kuailv.safeguards.check-every}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> flagStaleRestores() {
    return ClusterLock.runOncePerPeriod(
        pool,
        clock,
        LOCK,
        "safeguard-restores",
        every,
        () -> safeguards.flagStaleRestores(safeguards.today()).replaceWithVoid());
  }
}
